import type { Say } from '@/lib/text/messages';

/** PNG width for slides: 1920 px fills a 16:9 slide at full HD. */
export const PNG_WIDTH = 1920;

/** Where every downloadable file lives on the site: one place, used by the pages and the build. */
export const DOWNLOADS = '/downloads';

export const dataFormats = ['csv', 'json', 'xlsx'] as const;
export type DataFormat = (typeof dataFormats)[number];
export type ChartFormat = 'png' | 'svg';

export const dataFile = (resource: string, format: DataFormat) =>
  `${DOWNLOADS}/data/${resource}.${format}`;
export const chartFile = (slug: string, format: ChartFormat) =>
  `${DOWNLOADS}/charts/${slug}.${format}`;
export const packFile = (slug: string) => `${DOWNLOADS}/packs/${slug}.zip`;
export const ALL_PACK = `${DOWNLOADS}/packs/repression-in-numbers.zip`;
export const PACKAGE_FILE = '/datapackage.json';

/** What kind of file a download is, in the site's words: "Excel workbook", "PNG image, 1920 px wide". */
export const formatLabel = (say: Say, format: DataFormat | ChartFormat | 'zip'): string =>
  say(`format-${format}`, { width: String(PNG_WIDTH) });
