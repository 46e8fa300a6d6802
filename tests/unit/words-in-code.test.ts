import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { recordSchemas } from '@/lib/data/records';

/**
 * Every word a reader of the site sees comes from a text file (data/text/), through message
 * templates: so a translation is a text file, not code. This reads all the code of lib/ and finds
 * each string that looks like words for a reader: two words with a space between them, or a
 * capitalised word.
 * Keys, ids, file names, CSS values, d3 formats and the tags of markup are neither, nor the values
 * a column of the data may take ("to death", "at least") or a string the code compares with
 * `===` (a key's name, "Enter"); the messages of errors that stop the build are for the person
 * building it, and are left alone.
 */
const CODE = 'lib';

/**
 * Files of lib/ whose strings are not for the site's reader, each with its reason. The data
 * check's messages are for the person who edits data/, and are built piece by piece in helpers
 * that no rule of syntax tells apart.
 */
const NOT_FOR_THE_READER = new Map([
  ['lib/data/cell-schema.ts', 'what a cell of the data must be, in the data check’s messages'],
  ['lib/data/corrections.ts', 'the data check’s messages on the corrections log'],
  ['lib/data/package-schema.ts', 'the data check’s messages on datapackage.json'],
  ['lib/data/source-support.ts', 'the data check’s messages on a statement’s support'],
  ['lib/data/validate-package.ts', 'the data check’s messages on the data package'],
  ['lib/build/headers.ts', 'HTTP header names and the nginx file’s comment'],
  ['lib/build/script-loading.ts', 'JavaScript put into the pages'],
  ['lib/site/pages.ts', 'the build’s warning without SITE_URL and robots.txt’s syntax'],
  ['lib/text/content.ts', 'the data check’s message on a translated takeaway'],
  ['lib/text/parity.ts', 'the translation check’s messages, and the marks translators write'],
  ['lib/text/translation-check.ts', 'the translation check’s messages'],
]);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(path.join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : [],
  );

/** A CSS font stack is a list of names, not words for a reader. */
const fontStack = /(^|, )(sans-serif|serif|monospace)$/;

/** SVG's keywords for fitting a drawing to its box (preserveAspectRatio) are not words either. */
const svgAspect = /^x(Min|Mid|Max)Y(Min|Mid|Max) (meet|slice)$/;

/** The values of the data's enumerated columns, as lib/data/records.ts declares them. */
const dataKeys = new Set<unknown>(
  Object.values(recordSchemas).flatMap((schema) =>
    Object.values(schema.shape).flatMap((column) =>
      column instanceof z.ZodEnum ? column.options : [],
    ),
  ),
);

/** A file's name, such as a bundled font's: "DejaVuSans-Bold.ttf". */
const fileName = /^[\w.-]+\.[a-z\d]{2,4}$/i;

/** A name in a program's spelling, such as a key's or an error class's: "ArrowRight", "DataError". */
const camelCase = /^(\p{Lu}\p{Ll}+){2,}$/u;

/** The text of a string of markup is what lies between its tags; the tags are syntax. */
const outsideTags = (text: string) => text.replace(/<[^>]*(>|$)/g, ' ');

const looksLikeWords = (raw: string) => {
  const text = outsideTags(raw);
  return (
    !fontStack.test(text) &&
    !svgAspect.test(text) &&
    !dataKeys.has(text) &&
    !fileName.test(text) &&
    !camelCase.test(text) &&
    (/\p{L}{2,}[ \u00a0]+\p{L}/u.test(text) || /(^|[^\p{L}#-])\p{Lu}\p{Ll}+/u.test(text))
  );
};

/**
 * Whether a string is a value the code compares or names, not words: an operand of `===` or
 * `!==` or a `case` (a key's name, "Enter"), or a font family given to a renderer by name.
 */
const comparedOrNamed = (node: ts.Node): boolean => {
  const { parent } = node;
  if (ts.isCaseClause(parent)) return true;
  if (ts.isBinaryExpression(parent))
    return [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ].includes(parent.operatorToken.kind);
  return ts.isPropertyAssignment(parent) && /font-?family$/i.test(parent.name.getText());
};

/** The attributes of markup whose value a reader sees or hears; the others are names and values. */
const READER_ATTRIBUTES =
  /^(aria-label|aria-description|aria-roledescription|title|alt|placeholder|content|label)$/;

/** Whether a string is the value of an attribute of markup that no reader sees, such as a class. */
const unseenAttribute = (node: ts.Node): boolean => {
  const attribute = ts.isJsxExpression(node.parent) ? node.parent.parent : node.parent;
  return ts.isJsxAttribute(attribute) && !READER_ATTRIBUTES.test(attribute.name.getText());
};

/**
 * Whether a string is words for the person building the site, not for its reader: inside
 * `new Error(…)` or an Error's `super(…)` (also in a function that builds the message there), in
 * what a data issue found or expected (the messages of bad data that stop the build), or in what
 * the build prints to its console.
 */
const forTheBuilder = (node: ts.Node): boolean => {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && at.expression.getText() === 'Error') return true;
    if (ts.isCallExpression(at) && at.expression.kind === ts.SyntaxKind.SuperKeyword) return true;
    if (ts.isCallExpression(at) && /^console\.(warn|log|error)$/.test(at.expression.getText()))
      return true;
    if (ts.isPropertyAssignment(at) && /^(found|expected)$/.test(at.name.getText())) return true;
  }
  return false;
};

function wordsIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    // A directive ('use client') is syntax, not words.
    if (ts.isExpressionStatement(node) && ts.isStringLiteral(node.expression)) return;
    const texts =
      ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)
        ? [node.text.trim()]
        : ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
          ? [node.text]
          : ts.isTemplateExpression(node)
            ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
            : [];
    for (const text of texts)
      if (
        (ts.isJsxText(node) || looksLikeWords(text)) &&
        !forTheBuilder(node) &&
        !comparedOrNamed(node) &&
        !unseenAttribute(node)
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1}: ${JSON.stringify(text)}`);
      }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the chart and grammar code', () => {
  const files = filesUnder(CODE).filter((file) => !NOT_FOR_THE_READER.has(file));

  it('holds no words a reader sees: every one comes from data/text/', () => {
    expect(files.flatMap(wordsIn)).toEqual([]);
  });
});

describe('the pages and components', () => {
  it('hold no words a reader sees: every one comes from data/text/', () => {
    expect(['app', 'components'].flatMap(filesUnder).flatMap(wordsIn)).toEqual([]);
  });
});
