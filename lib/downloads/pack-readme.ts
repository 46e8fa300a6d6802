import type { Release } from '@/lib/data/corrections';
import type { SourceDescriptor } from '@/lib/data/package-schema';

export interface PackReadme {
  slug: string;
  title: string;
  summary: string;
  altText: string;
  explanation: string;
  sources: SourceDescriptor[];
  citation: string;
  /** The chart's address on the site, or null where the build was given none. */
  url: string | null;
  files: string[];
}

/** What a pack says in place of a link where the build was not told the site's address. */
export const NO_SITE_ADDRESS = "the site's address was not set when this pack was built";

/** The corrections every release made to the given charts (and to the site as a whole). */
function correctionLines(releases: readonly Release[], slugs: readonly string[]): string[] {
  const lines = releases.flatMap((release) => {
    const corrections = release.corrections.filter(
      (c) => c.chart === null || slugs.includes(c.chart),
    );
    return corrections.length === 0
      ? []
      : [
          `Version ${release.version} (${release.date}):`,
          ...corrections.flatMap((c) => [
            `- Said: ${c.said}`,
            `  Now: ${c.says}`,
            `  Why: ${c.why}`,
          ]),
        ];
  });
  return lines.length > 0 ? lines : ['None to these charts.'];
}

/**
 * The README.txt of a classroom pack: what is in it, the data's version and its corrections,
 * what each chart shows and where it comes from.
 */
export function packReadme(
  packs: readonly PackReadme[],
  title: string,
  releases: readonly Release[],
  siteUrl: string | null,
): string {
  const [release] = releases;
  const rule = '='.repeat(72);
  const sections = packs.map((pack) =>
    [
      pack.title,
      '-'.repeat(pack.title.length),
      pack.summary,
      '',
      `Online: ${pack.url ?? NO_SITE_ADDRESS}`,
      '',
      'Alt text for the chart:',
      pack.altText,
      '',
      'What the chart shows:',
      pack.explanation,
      '',
      'Sources:',
      ...pack.sources.map((source) => `- ${source.citation}`),
      '',
      'Cite as:',
      pack.citation,
    ].join('\n'),
  );
  const files = [...new Set(packs.flatMap((pack) => pack.files))].sort();
  return [
    title,
    rule,
    'From Repression in Numbers: the Soviet secret police in numbers, 1917–1941.',
    'Data and charts under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    '',
    'In the CSV files, an empty cell is a figure the source does not give; the note column says',
    'whether the source prints "?" (unknown) or nothing. Numbers are plain numbers.',
    '',
    'Which file for which tool:',
    '- downloads/data/*.csv: for data tools (R, pandas, Frictionless, a database). UTF-8 without a',
    '  byte-order mark, as datapackage.json declares; datapackage.json describes each of them.',
    '- downloads/data/*.xlsx: for spreadsheets (Excel, LibreOffice, Google Sheets), with an',
    '  "About" sheet. Excel may show the accents of a CSV wrongly: open the workbook instead.',
    '',
    'Each file in handouts/ is a student handout: open it in a browser and print it, one sheet',
    '(both sides) per student, on A4 or US Letter. It needs no network.',
    '',
    `Data version ${release!.version} (${release!.date}). ${release!.summary}`,
    `Every correction, with the date: ${siteUrl ? `${siteUrl}/corrections` : `on the site's Corrections page (${NO_SITE_ADDRESS})`}`,
    '',
    'Corrections, newest first:',
    ...correctionLines(
      releases,
      packs.map((pack) => pack.slug),
    ),
    '',
    'Files:',
    ...files.map((file) => `- ${file}`),
    '',
    ...sections.flatMap((section) => [section, '', rule, '']),
  ].join('\n');
}
