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
  url: string;
  files: string[];
}

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
  siteUrl: string,
): string {
  const [release] = releases;
  const rule = '='.repeat(72);
  const sections = packs.map((pack) =>
    [
      pack.title,
      '-'.repeat(pack.title.length),
      pack.summary,
      '',
      `Online: ${pack.url}`,
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
    'Each file in handouts/ is a student handout: open it in a browser and print it, one sheet',
    '(both sides) per student, on A4 or US Letter. It needs no network.',
    '',
    `Data version ${release!.version} (${release!.date}). ${release!.summary}`,
    `Every correction, with the date: ${siteUrl}/corrections`,
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
