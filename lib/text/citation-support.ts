import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { DataIssue } from '@/lib/data/data-issue';
import type { DataPackageDescriptor } from '@/lib/data/package-schema';
import { onlyTertiary, tertiaryIssue, tertiarySources } from '@/lib/data/source-support';

import { TEXT_DIR } from './chart-file';

const CITATION = /\[@([^\]]+)\]/g;

/** The sources each citation of a text cites, `[@a; @b]` as ["a", "b"], with where it starts. */
const citationsIn = (text: string) =>
  [...text.matchAll(CITATION)].map((m) => ({
    at: m.index ?? 0,
    names: m[1]!.split(/;\s*@?/).map((name) => name.trim()),
  }));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every string of a parsed JSON file, with its path ("checks[0].why"). */
function stringsOf(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => stringsOf(v, at ? `${at}.${key}` : key));
  return [];
}

/**
 * The statements of the texts (data/text/*.md and *.checks.json) that rest on tertiary sources
 * only: a citation `[@a; @b]` whose every source is marked "tertiary", in a text, a source check,
 * a takeaway or a strong answer. `texts` are the files' contents by name.
 */
export function checkTextSupport(
  descriptor: Pick<DataPackageDescriptor, 'sources'>,
  texts: Readonly<Record<string, string>>,
): DataIssue[] {
  const tertiary = tertiarySources(descriptor);
  return Object.entries(texts).flatMap(([name, text]) => {
    const file = `data/text/${name}`;
    if (name.endsWith('.md'))
      return citationsIn(text).flatMap(({ at, names }) =>
        onlyTertiary(names, tertiary)
          ? [tertiaryIssue({ file, line: lineAt(text, at) }, names)]
          : [],
      );
    if (!name.endsWith('.checks.json')) return [];
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return []; // loadChartText names a file that does not parse.
    }
    const strings = stringsOf(json);
    // A source check's statements are its citations: each must name a source that is not tertiary.
    return strings.flatMap(([field, value]) => {
      const from = Math.max(0, text.indexOf(JSON.stringify(value)));
      return citationsIn(value).flatMap(({ names }) => {
        if (!onlyTertiary(names, tertiary)) return [];
        const at = text.indexOf(`[@${names.join('; @')}]`, from);
        return [tertiaryIssue({ file, line: at < 0 ? undefined : lineAt(text, at), field }, names)];
      });
    });
  });
}

/** The texts of data/text/ by file name, for the data check. */
export function readTextFiles(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(TEXT_DIR)
      .filter((name) => name.endsWith('.md') || name.endsWith('.checks.json'))
      .map((name) => [name, readFileSync(path.join(TEXT_DIR, name), 'utf8')]),
  );
}
