import type { Release } from './corrections';
import type { ValidatedPackage } from './validate-package';

/**
 * The columns of the datasets whose cells a page shows as words (a row's name, its note, its
 * period as printed, its unit): a translation gives each of their texts in its language. Every
 * other column holds codes, ids, numbers or dates, which stay as they are in every language.
 */
export const SHOWN_COLUMNS: ReadonlySet<string> = new Set([
  'name',
  'note',
  'category',
  'figure',
  'period',
  'qualifier',
  'unit',
  'reading',
  'context',
  'measure',
]);

const hasWords = (text: string) => /\p{L}/u.test(text);

/**
 * A source whose title describes it rather than naming a published work: a document of the time
 * (an order, a certificate, a law) or one of the teaching sources. A reader gets its title in
 * their language; a published work keeps the title it was published under.
 */
export const describedSource = (source: { kind: string; role?: string }) =>
  source.kind === 'primary' || source.role === 'document';

/**
 * Every text from data/ that a page shows, each once: the shown columns' cells, the data
 * package's titles and descriptions, and the corrections log's words.
 */
export function shownTexts(pkg: ValidatedPackage, releases: readonly Release[]): string[] {
  const cells = Object.values(pkg.records).flatMap((records) =>
    (records as readonly Record<string, unknown>[]).flatMap((record) =>
      Object.entries(record).flatMap(([column, value]) =>
        SHOWN_COLUMNS.has(column) && typeof value === 'string' ? [value] : [],
      ),
    ),
  );
  const { descriptor } = pkg;
  const described = [
    descriptor.title,
    descriptor.description,
    descriptor.licenseNote,
    ...descriptor.sources
      .filter(describedSource)
      .flatMap((source) => [source.title, source.shortTitle]),
    ...descriptor.resources.flatMap((resource) => [
      resource.title,
      resource.description,
      resource.period,
      ...(resource.groups ?? []).map((group) => group.title),
      ...resource.schema.fields.flatMap((field) => [field.title, field.description]),
    ]),
  ];
  const corrections = releases.flatMap((release) => [
    release.summary,
    ...release.additions,
    ...release.corrections.flatMap(({ said, says, why }) => [said, says, why]),
  ]);
  return [
    ...new Set(
      [...cells, ...described, ...corrections].flatMap((text) =>
        typeof text === 'string' && hasWords(text.trim()) ? [text.trim()] : [],
      ),
    ),
  ];
}
