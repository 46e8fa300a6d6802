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
