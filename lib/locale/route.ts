/**
 * What a page's route says of its language: English pages (app/(en)/) have no `lang`, a
 * translation's (app/[lang]/) have it from their folder.
 */
export type LocaleParams = { lang?: string };

export const routeLocale = async (params: Promise<LocaleParams>): Promise<string> =>
  (await params).lang ?? 'en';
