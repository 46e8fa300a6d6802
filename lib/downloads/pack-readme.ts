import type { Release } from '@/lib/data/corrections';
import type { SourceDescriptor } from '@/lib/data/package-schema';
import type { Say } from '@/lib/text/messages';

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

/** An address for a message, or what a pack says in its place where the build was given none. */
const linkOf = (say: Say, url: string | null) => ({
  linked: url ? 'yes' : 'no',
  url: url ?? '',
  none: say('readme-no-address'),
});

/** The corrections every release made to the given charts (and to the site as a whole). */
function correctionLines(
  say: Say,
  releases: readonly Release[],
  slugs: readonly string[],
): string[] {
  const lines = releases.flatMap((release) => {
    const corrections = release.corrections.filter(
      (c) => c.chart === null || slugs.includes(c.chart),
    );
    return corrections.length === 0
      ? []
      : [
          say('readme-release', { version: release.version, date: release.date }),
          ...corrections.flatMap((c) => [
            say('readme-said', { said: c.said }),
            say('readme-now', { now: c.says }),
            say('readme-why', { why: c.why }),
          ]),
        ];
  });
  return lines.length > 0 ? lines : [say('readme-no-corrections')];
}

/**
 * The README.txt of a classroom pack: what is in it, the data's version and its corrections,
 * what each chart shows and where it comes from.
 */
export function packReadme(
  say: Say,
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
      say('readme-online', linkOf(say, pack.url)),
      '',
      say('readme-alt-text'),
      pack.altText,
      '',
      say('readme-shows'),
      pack.explanation,
      '',
      say('readme-sources'),
      ...pack.sources.map((source) => `- ${source.citation}`),
      '',
      say('readme-cite-as'),
      pack.citation,
    ].join('\n'),
  );
  const files = [...new Set(packs.flatMap((pack) => pack.files))].sort();
  return [
    title,
    rule,
    say('readme-intro'),
    '',
    say('readme-data-version', {
      version: release!.version,
      date: release!.date,
      summary: release!.summary,
    }),
    say('readme-all-corrections', linkOf(say, siteUrl)),
    '',
    say('readme-corrections'),
    ...correctionLines(
      say,
      releases,
      packs.map((pack) => pack.slug),
    ),
    '',
    say('readme-files'),
    ...files.map((file) => `- ${file}`),
    '',
    ...sections.flatMap((section) => [section, '', rule, '']),
  ].join('\n');
}
