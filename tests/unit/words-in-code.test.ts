import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { recordSchemas } from '@/lib/data/records';

/**
 * Every word a reader of the site sees comes from a text file (data/text/), through message
 * templates: so a translation is a text file, not code. This reads the chart, grammar, locale
 * and text code and finds each string that looks like words for a reader: two words with a space between
 * them, or a capitalised word. Keys, ids, CSS values and d3 formats are neither, nor the values a column of
 * the data may take ("to death", "at least"), which the code compares; the messages of errors
 * that stop the build are for the person building it, and are left alone.
 */
const CODE = ['lib/grammar', 'lib/charts', 'lib/locale', 'lib/text'];

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

/** The values of the data's enumerated columns, as lib/data/records.ts declares them. */
const dataKeys = new Set<unknown>(
  Object.values(recordSchemas).flatMap((schema) =>
    Object.values(schema.shape).flatMap((column) =>
      column instanceof z.ZodEnum ? column.options : [],
    ),
  ),
);

const looksLikeWords = (text: string) =>
  !fontStack.test(text) &&
  !dataKeys.has(text) &&
  (/\p{L}{2,}[ \u00a0]+\p{L}/u.test(text) || /(^|[^\p{L}#-])\p{Lu}\p{Ll}+/u.test(text));

/**
 * Whether a string is inside `new Error(…)`, also in a function that builds its message there:
 * words for the developer, not the reader.
 */
const inError = (node: ts.Node): boolean => {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent)
    if (ts.isNewExpression(at) && at.expression.getText() === 'Error') return true;
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

describe('the chart and grammar code', () => {
  const files = CODE.flatMap(filesUnder);

  it('holds no words a reader sees: every one comes from data/text/', () => {
    expect(files.flatMap(wordsIn)).toEqual([]);
  });
});
