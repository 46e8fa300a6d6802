import type { Metadata } from 'next';

import { LOCALES } from '@/lib/locale/locales';

import { siteUrl as builtSiteUrl } from './pages';
import { localePath } from './paths';

/**
 * A page's canonical address in its language and its address in every language (hreflang), with
 * English as the default for a reader whose language the site does not have. Absolute, so only
 * where the site's address is known.
 */
export function pageAlternates(
  siteUrl: string,
  path: string,
  locale: string,
): NonNullable<Metadata['alternates']> {
  const address = (language: string) => `${siteUrl}${localePath(language, path)}`;
  return {
    canonical: address(locale),
    languages: {
      ...Object.fromEntries(LOCALES.map((language) => [language, address(language)])),
      'x-default': address('en'),
    },
  };
}

/** A page's title and description, with its addresses in every language where the site's is known. */
export function pageMetadata(
  path: string,
  locale: string,
  described: Pick<Metadata, 'title' | 'description'>,
  siteUrl: string | null = builtSiteUrl,
): Metadata {
  return siteUrl ? { ...described, alternates: pageAlternates(siteUrl, path, locale) } : described;
}
