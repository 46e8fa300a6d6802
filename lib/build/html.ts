import { Parser } from 'htmlparser2';

/**
 * An element of a page as the build steps that rewrite exported pages need it: its attributes,
 * where it stands (start tag to end tag) and where its content lies. Read by a real HTML parser:
 * comments, attributes in any order or quoting, and text that merely looks like a tag are its
 * business, not a regular expression's.
 */
interface Found {
  attributes: Record<string, string>;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
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
  const open: (Found | null)[] = [];
  let bodyEnd = -1;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const element = wanted(name, attributes)
          ? {
              attributes,
              start: parser.startIndex,
              end: -1,
              contentStart: parser.endIndex + 1,
              contentEnd: -1,
            }
          : null;
        if (element) found.push(element);
        open.push(element);
      },
      onclosetag(name, implied) {
        if (name === 'body' && !implied) bodyEnd = parser.startIndex;
        const element = open.pop();
        if (!element) return;
        element.end = parser.endIndex + 1;
        element.contentEnd = implied ? element.end : parser.startIndex;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return { found, bodyEnd };
}

/** The inline scripts of a page, as the hashes of a Content-Security-Policy allow them. */
export function inlineScripts(html: string): string[] {
  const { found } = findElements(
    html,
    (name, attributes) => name === 'script' && !('src' in attributes),
  );
  return found
    .map(({ contentStart, contentEnd }) => html.slice(contentStart, contentEnd))
    .filter((script) => script.length > 0);
}

const declaresCharset = (attributes: Record<string, string>) =>
  Object.keys(attributes).some((name) => name.toLowerCase() === 'charset');

/**
 * The page with `markup` first in its head, or just after the character encoding's declaration
 * where the head has one: that must lie within the page's first 1,024 bytes, which a long policy
 * put before it would overstep. A page without a head stops the build.
 */
export function prependToHead(html: string, markup: string): string {
  const head = findElements(html, (name) => name === 'head').found[0];
  if (!head) throw new Error('The page has no <head> to put its policy in');
  const charset = findElements(
    html,
    (name, attributes) => name === 'meta' && declaresCharset(attributes),
  ).found.find(({ start, end }) => start >= head.contentStart && end <= head.end);
  const at = charset ? charset.end : head.contentStart;
  return html.slice(0, at) + markup + html.slice(at);
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
