/**
 * The languages of the site. English is the original, at the site's own addresses; each
 * translation lives under its own folder (/sv/, /ru/, /uk/), its texts in data/text/<locale>/.
 */
export const LOCALES = ['en', 'sv', 'ru', 'uk'] as const;

type Locale = (typeof LOCALES)[number];

/** The language the texts are written in, and every other is checked against. */
const SOURCE_LOCALE: Locale = 'en';

/** The translations, without the English they are made from. */
export const TRANSLATIONS = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

/** The script each language is written in, the site's and a cited work's. */
const SCRIPTS: Record<string, 'latin' | 'cyrillic'> = {
  en: 'latin',
  sv: 'latin',
  ru: 'cyrillic',
  uk: 'cyrillic',
};

/** Whether a page in `locale` reads a work in `language` in its own script. */
export const sameScript = (locale: string, language: string): boolean =>
  SCRIPTS[locale] !== undefined && SCRIPTS[locale] === SCRIPTS[language];
