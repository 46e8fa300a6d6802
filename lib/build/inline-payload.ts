import { applyEdits, findElements } from './html';

/**
 * Next.js writes into every page, as inline scripts (`self.__next_f.push([1, "…"])`), the React
 * Server Components payload the browser hydrates the page from: the page once more, as data. For
 * what React never changes in the browser, the page's own HTML already holds it, so the build takes
 * two things out of that inline copy (scripts/trim-inline-payload.ts):
 *
 * - the content of `ServedMarkup` elements (components/served-markup.tsx: the charts' SVGs, long
 *   texts, data tables), which React does not hydrate: an element with `dangerouslySetInnerHTML`
 *   is taken as it was served;
 * - the text of the inlined stylesheets (`<style precedence href>`), which React finds in the page
 *   by their `href` and leaves as they are.
 *
 * The payloads Next.js fetches for other pages (the `.txt` files) stay whole, so a page reached
 * by the router is drawn in full.
 *
 * The payload is a stream of rows: `<id>:<JSON>\n`, or `<id>:T<length in bytes, hex>,<text>` for
 * long strings, which other rows name as "$<id>". A row of a kind this does not know (binary data)
 * stops the build rather than being guessed at.
 */

interface Row {
  id: string;
  /** The row after `<id>:`, without the newline; for a text row, its text alone. */
  body: string;
  text: boolean;
}

const PUSH = 'self.__next_f.push(';

export function parseRows(stream: string): Row[] {
  const bytes = Buffer.from(stream, 'utf8');
  const rows: Row[] = [];
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(':', at);
    if (colon < 0) throw new Error(`A payload row without an id at byte ${at}`);
    const id = bytes.toString('utf8', at, colon);
    if (!/^[0-9a-f]+$/.test(id)) throw new Error(`A payload row with the id "${id}"`);
    const head = /^([A-Z])([0-9a-f]+),/.exec(bytes.toString('latin1', colon + 1, colon + 20));
    if (head && head[1] !== 'T') throw new Error(`A binary payload row (${head[1]}) in row ${id}`);
    if (head) {
      const start = colon + 1 + head[0].length;
      const end = start + parseInt(head[2]!, 16);
      rows.push({ id, body: bytes.toString('utf8', start, end), text: true });
      at = end;
    } else {
      const newline = bytes.indexOf('\n', colon);
      const end = newline < 0 ? bytes.length : newline;
      rows.push({ id, body: bytes.toString('utf8', colon + 1, end), text: false });
      at = end + 1;
    }
  }
  return rows;
}

export function writeRows(rows: readonly Row[]): string {
  return rows
    .map(({ id, body, text }) =>
      text ? `${id}:T${Buffer.byteLength(body, 'utf8').toString(16)},${body}` : `${id}:${body}\n`,
    )
    .join('');
}

/**
 * The ids of the rows a row names. References are "$<id>", "$L<id>", "$@<id>", "$<id>:path" and
 * the like; a string that merely looks like one ("$D2024…") only keeps a row that could go.
 */
const namedIn = (body: string) =>
  [...body.matchAll(/"\$[A-Za-z@]?([0-9a-f]+)(?:[:"])/g)].map((match) => match[1]!);

/** The rows the payload's root (row 0) reaches, directly or through others. */
function reached(rows: readonly Row[]): Set<string> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const seen = new Set<string>();
  const next = ['0'];
  while (next.length > 0) {
    const id = next.pop()!;
    const row = byId.get(id);
    if (seen.has(id) || !row) continue;
    seen.add(id);
    if (!row.text) next.push(...namedIn(row.body));
  }
  return seen;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Takes out of a row's JSON what the page's HTML already holds: the content of ServedMarkup
 * elements (their props have a `markupKey`) and the text of inlined stylesheets. An element is
 * ["$", type, key, props]. Says whether anything changed.
 */
function emptyServed(value: Json): boolean {
  let changed = false;
  if (Array.isArray(value)) {
    const props = value[3];
    if (value[0] === '$' && value[1] === 'style' && isObject(props)) {
      if (props.precedence && props.href && props.children) {
        props.children = '';
        changed = true;
      }
    }
    for (const item of value) changed = emptyServed(item) || changed;
    return changed;
  }
  if (!isObject(value)) return false;
  if (typeof value.markupKey === 'string' && ('html' in value || 'children' in value)) {
    delete value.html;
    delete value.children;
    return true;
  }
  for (const item of Object.values(value)) changed = emptyServed(item) || changed;
  return changed;
}

/**
 * The payload without what the page's HTML already holds (see above), and without the rows only
 * that content named. A row nothing named before stays: it is not this step's to judge.
 */
export function trimPayload(stream: string): string {
  const rows = parseRows(stream);
  const before = reached(rows);
  const trimmed = rows.map((row) => {
    if (row.text || !/^[[{]/.test(row.body)) return row;
    const value = JSON.parse(row.body) as Json;
    return emptyServed(value) ? { ...row, body: JSON.stringify(value) } : row;
  });
  const after = reached(trimmed);
  return writeRows(trimmed.filter((row) => after.has(row.id) || !before.has(row.id)));
}

/** As Next.js escapes a payload inside a script: nothing in it can close the script. */
const escapeForScript = (json: string) =>
  json.replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The scripts that carry a page's inline payload, with their code. */
function payloadScripts(html: string) {
  const { found } = findElements(html, (name) => name === 'script');
  return found
    .map((script) => ({ ...script, code: html.slice(script.contentStart, script.contentEnd) }))
    .filter(({ code }) => code.startsWith(PUSH) && !code.startsWith(`${PUSH}[0]`));
}

/** How long a page's inline payload is: its scripts' text, in characters. */
export const inlinePayloadLength = (html: string) =>
  payloadScripts(html).reduce((sum, { code }) => sum + code.length, 0);

export interface Trimmed {
  html: string;
  /** The payload's length in the page (its scripts' text), before and after. */
  before: number;
  after: number;
}

/**
 * A page with its inline payload trimmed (see above), written back as one script where the first
 * of its scripts stood. A page without a payload is returned as it was.
 */
export function trimInlinePayload(html: string): Trimmed {
  const scripts = payloadScripts(html);
  if (scripts.length === 0) return { html, before: 0, after: 0 };
  const chunks = scripts.map(({ code }) => {
    const [kind, chunk] = JSON.parse(code.slice(PUSH.length, -1)) as [number, string];
    if (kind !== 1) throw new Error(`A payload script of kind ${kind}, which the trim cannot read`);
    return chunk;
  });
  const code = `${PUSH}[1,${escapeForScript(JSON.stringify(trimPayload(chunks.join(''))))}])`;
  return {
    html: applyEdits(
      html,
      scripts.map(({ contentStart, contentEnd, start, end }, index) =>
        index === 0
          ? { start: contentStart, end: contentEnd, text: code }
          : { start, end, text: '' },
      ),
    ),
    before: inlinePayloadLength(html),
    after: code.length,
  };
}
