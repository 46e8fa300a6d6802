import type { SourceDescriptor } from '@/lib/data/package-schema';

export interface PackReadme {
  title: string;
  summary: string;
  altText: string;
  explanation: string;
  sources: SourceDescriptor[];
  citation: string;
  url: string;
  files: string[];
}

/** The README.txt of a classroom pack: what is in it, what it shows, where it comes from. */
export function packReadme(packs: readonly PackReadme[], title: string): string {
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
    'From Repression in Numbers: the Soviet secret police in numbers, 1917–1938.',
    'Data and charts under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    '',
    'In the CSV files, an empty cell is a figure the source does not give; the note column says',
    'whether the source prints "?" (unknown) or nothing. Numbers are plain numbers.',
    '',
    'Files:',
    ...files.map((file) => `- ${file}`),
    '',
    ...sections.flatMap((section) => [section, '', rule, '']),
  ].join('\n');
}
