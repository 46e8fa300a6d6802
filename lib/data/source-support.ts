import { quoted, type DataIssue } from './data-issue';
import type { DataPackageDescriptor } from './package-schema';

/** The sources of a package marked tertiary (encyclopedias, Wikipedia), by name. */
export const tertiarySources = (descriptor: Pick<DataPackageDescriptor, 'sources'>) =>
  new Set(descriptor.sources.filter((s) => s.kind === 'tertiary').map((s) => s.name));

/** Whether a statement citing these sources rests on tertiary ones only. */
export const onlyTertiary = (names: readonly string[], tertiary: ReadonlySet<string>) =>
  names.length > 0 && names.every((name) => tertiary.has(name));

/** What to do about a statement whose only support is tertiary, for every such message. */
const TERTIARY_EXPECTED =
  'a primary or secondary source beside it (a document of the time, or scholarship, with the confidence you have): an encyclopedia may stay as further reading, never as the only support of a statement';

const onlyTertiaryFound = (names: readonly string[]) =>
  `support only from sources marked "tertiary" in data/datapackage.json (${names.map(quoted).join(', ')})`;

/** An issue for a statement of a file whose only support is tertiary. */
export const tertiaryIssue = (
  place: Pick<DataIssue, 'file' | 'line' | 'column' | 'field'>,
  names: readonly string[],
): DataIssue => ({ ...place, found: onlyTertiaryFound(names), expected: TERTIARY_EXPECTED });
