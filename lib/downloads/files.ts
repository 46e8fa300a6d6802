import { localePath } from '@/lib/site/paths';
import type { Say } from '@/lib/text/messages';

/** PNG width for slides: 1920 px fills a 16:9 slide at full HD. */
export const PNG_WIDTH = 1920;

/**
 * Where every downloadable file lives on the site: one place, used by the pages and the build.
 * Each language has its own (/downloads, /sv/downloads …): a chart's image, a workbook's About
 * sheet and a pack's README speak the page's language; the CSV inside stays canonical.
 */
const downloads = (locale: string) => localePath(locale, '/downloads');

export const dataFormats = ['csv', 'json', 'xlsx'] as const;
export type DataFormat = (typeof dataFormats)[number];
export type ChartFormat = 'png' | 'svg';

export const dataFile = (resource: string, format: DataFormat, locale = 'en') =>
  `${downloads(locale)}/data/${resource}.${format}`;
export const chartFile = (slug: string, format: ChartFormat, locale = 'en') =>
  `${downloads(locale)}/charts/${slug}.${format}`;
export const packFile = (slug: string, locale = 'en') => `${downloads(locale)}/packs/${slug}.zip`;
export const allPack = (locale = 'en') => packFile('repression-in-numbers', locale);
export const PACKAGE_FILE = '/datapackage.json';

/** What kind of file a download is, in the site's words: "Excel workbook", "PNG image, 1920 px wide". */
export const formatLabel = (say: Say, format: DataFormat | ChartFormat | 'zip'): string =>
  say(`format-${format}`, { width: String(PNG_WIDTH) });
