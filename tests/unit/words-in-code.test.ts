import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word a reader of the site sees comes from a text file (data/text/), through message
 * templates: so a translation is a text file, not code. This reads the chart and grammar code and
 * finds each string that looks like words for a reader: two words with a space between them, or a
 * capitalised word. Keys, ids, CSS values and d3 formats are neither; the messages of errors that
 * stop the build are for the person building it, and are left alone.
 */
const CODE = ['lib/grammar', 'lib/charts'];

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );

/** A CSS font stack is a list of names, not words for a reader. */
const fontStack = /(^|, )(sans-serif|serif|monospace)$/;

const looksLikeWords = (text: string) =>
  !fontStack.test(text) &&
  (/\p{L}{2,}[ \u00a0]+\p{L}/u.test(text) || /(^|[^\p{L}#-])\p{Lu}\p{Ll}+/u.test(text));

/** Whether a string is inside `new Error(…)`: words for the developer, not the reader. */
const inError = (node: ts.Node): boolean => {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && at.expression.getText() === 'Error') return true;
    if (ts.isFunctionLike(at)) return false;
  }
  return false;
};

function wordsIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const texts =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? [node.text]
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
          : [];
    for (const text of texts)
      if (looksLikeWords(text) && !inError(node)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${JSON.stringify(text)}`);
      }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The files whose words are still to move into data/text/: each leaves this list when it has none.
 * A file not on it that gains a word fails at once.
 */
const NOT_YET_MOVED = new Set<string>([
  'lib/charts/deportations/chart.ts',
  'lib/charts/deportations/layout.ts',
  'lib/charts/deportations/table.ts',
  'lib/charts/gulag/chart.ts',
  'lib/charts/gulag/layout.ts',
  'lib/charts/gulag/table.ts',
  'lib/charts/operations/chart.ts',
  'lib/charts/operations/layout.ts',
  'lib/charts/operations/table.ts',
  'lib/charts/personnel/chart.ts',
  'lib/charts/personnel/layout.ts',
  'lib/charts/personnel/table.ts',
  'lib/charts/sentences/chart.ts',
  'lib/charts/sentences/layout.ts',
  'lib/charts/sentences/table.ts',
  'lib/charts/timeline/chart.ts',
  'lib/charts/timeline/layout.ts',
  'lib/charts/timeline/partial-date.ts',
  'lib/charts/timeline/table.ts',
]);

describe('the chart and grammar code', () => {
  const files = CODE.flatMap(filesUnder);

  it('holds no words a reader sees: every one comes from data/text/', () => {
    expect(files.filter((file) => !NOT_YET_MOVED.has(file)).flatMap(wordsIn)).toEqual([]);
  });

  it('lists as not yet moved only files that still hold words', () => {
    expect([...NOT_YET_MOVED].filter((file) => wordsIn(file).length === 0)).toEqual([]);
  });
});
