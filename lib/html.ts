import { Parser } from 'htmlparser2';

/**
 * What the build steps that rewrite the exported pages need to know of a page, read by a real
 * HTML parser: comments, attributes in any order or quoting, and text that merely looks like a
 * tag are its business, not a regular expression's.
 */
interface PageOutline {
  /** Where the `<head>` start tag ends: new head content goes there. */
  headStart: number;
  /** The text of every inline script (one without `src`), as the browser hashes it. */
  inlineScripts: string[];
}

function outline(html: string): PageOutline {
  let headStart = -1;
  const inlineScripts: string[] = [];
  let script: string | null = null;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'head' && headStart === -1) headStart = parser.endIndex + 1;
        if (name === 'script' && attributes.src === undefined) script = '';
      },
      ontext(text) {
        if (script !== null) script += text;
      },
      onclosetag(name) {
        if (name !== 'script' || script === null) return;
        if (script.length > 0) inlineScripts.push(script);
        script = null;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return { headStart, inlineScripts };
}

/** The inline scripts of a page, as the hashes of a Content-Security-Policy allow them. */
export const inlineScripts = (html: string) => outline(html).inlineScripts;

/** The page with `markup` first in its head; a page without a head stops the build. */
export function prependToHead(html: string, markup: string): string {
  const { headStart } = outline(html);
  if (headStart === -1) throw new Error('The page has no <head> to put its policy in');
  return html.slice(0, headStart) + markup + html.slice(headStart);
}

/** An element found in a page: its attributes and where it stands, start tag to end tag. */
interface Found {
  attributes: Record<string, string>;
  start: number;
  end: number;
}

/**
 * The elements of a page that `wanted` picks, in document order, and where its body closes (the
 * start of `</body>`, or -1 where the page has none written out).
 */
export function findElements(
  html: string,
  wanted: (name: string, attributes: Record<string, string>) => boolean,
): { found: Found[]; bodyEnd: number } {
  const found: Found[] = [];
  const open: { name: string; element: Found | null }[] = [];
  let bodyEnd = -1;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = wanted(name, attributes)
          ? { attributes, start: parser.startIndex, end: -1 }
          : null;
        if (element) found.push(element);
        open.push({ name, element });
      },
      onclosetag(name, implied) {
        if (name === 'body' && !implied) bodyEnd = parser.startIndex;
        const top = open.pop();
        if (top?.element) top.element.end = parser.endIndex + 1;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return { found, bodyEnd };
}

/** The page with each edit (a span replaced by new text) made; edits must not overlap. */
export function applyEdits(
  html: string,
  edits: readonly { start: number; end: number; text: string }[],
): string {
  let result = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
