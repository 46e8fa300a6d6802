import { readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { splitFrontMatter, TEXT_DIR, textFileName } from './chart-file';
import { parseDocument, type Block } from './document';
import { plainText, type Inline } from './inline';

/** A term of the glossary: its id (the same in every language), its headword and its definition. */
interface GlossaryEntry {
  id: string;
  term: string;
  blocks: Block[];
}

/** What marks a term in a text: its first match there links to its entry. */
export interface TermMatcher {
  id: string;
  pattern: RegExp;
  /** The entry's first paragraph as plain text, without its citations: shown beside the term. */
  definition: string;
}

export interface Glossary {
  entries: GlossaryEntry[];
  matchers: TermMatcher[];
}

const ID = /^[a-z0-9-]+$/;
const frontSchema = z.strictObject({
  match: z.record(z.string().regex(ID), z.string().min(1)),
});

/**
 * A term's pattern as whole words: "GPU" does not match inside "OGPU", nor "кулак" inside
 * "раскулачивание". Letters and digits of any script count as a word's, which `\b` does not know.
 */
function wholeWords(source: string, where: string): RegExp {
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');
  } catch (error) {
    throw new Error(`${where}: its pattern does not compile: ${(error as Error).message}`);
  }
}

/**
 * The glossary of a language from its file: each term a `## Term {#id}` heading with its
 * definition under it, and in the front matter what marks each term in a text. A term without an
 * id, a definition or a pattern, an id given twice, or a pattern for no term stops the build.
 */
export function parseGlossary(source: string, file: string): Glossary {
  const { front, body } = splitFrontMatter(source, file);
  const parsed = frontSchema.safeParse(front);
  if (!parsed.success)
    throw new Error(
      `${file}: its front matter needs match (a pattern for each term's id): ${parsed.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; ')}`,
    );
  const unnamed = body
    .split('\n')
    .find((line) => line.startsWith('## ') && !/\{#[a-z0-9-]+\}\s*$/.test(line));
  if (unnamed) throw new Error(`${file}: the term “${unnamed.slice(3)}” has no {#id}`);

  const entries: GlossaryEntry[] = [];
  for (const block of parseDocument(body)) {
    if (block.type === 'heading') entries.push({ id: block.id, term: block.text, blocks: [] });
    else if (entries.length) entries.at(-1)!.blocks.push(block);
    else throw new Error(`${file}: text before the first term`);
  }
  const undefinedIds = entries.filter((e) => !e.blocks.length).map((e) => e.id);
  const twice = entries
    .filter((e, i) => entries.findIndex((other) => other.id === e.id) !== i)
    .map((e) => e.id);
  const unmatched = entries.filter((e) => !(e.id in parsed.data.match)).map((e) => e.id);
  const stray = Object.keys(parsed.data.match).filter((id) => !entries.some((e) => e.id === id));
  if (undefinedIds.length + twice.length + unmatched.length + stray.length)
    throw new Error(
      `${file}: ${[
        ...undefinedIds.map((id) => `${id} has no definition`),
        ...twice.map((id) => `${id} is given twice`),
        ...unmatched.map((id) => `${id} has no pattern`),
        ...stray.map((id) => `the pattern ${id} names no term`),
      ].join('; ')}`,
    );
  return {
    entries,
    matchers: entries.map(({ id, blocks }) => ({
      id,
      pattern: wholeWords(parsed.data.match[id]!, `${file}: ${id}`),
      definition: firstParagraph(blocks),
    })),
  };
}

/**
 * A definition's first paragraph, read as plain text: its links as their words, and its
 * citations left out with the space before each (none of the site's languages sets one before
 * a stop or a comma).
 */
function firstParagraph(blocks: readonly Block[]): string {
  const first = blocks.find((block) => block.type === 'paragraph');
  if (first?.type !== 'paragraph') return '';
  return plainText(first.content)
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:])/g, '$1')
    .trim();
}

const glossaries = new Map<string, Glossary>();

/** The glossary of a language, read once a build (data/text/<locale>/glossary.md). */
export function loadGlossary(locale: string): Glossary {
  const name = textFileName(locale, 'glossary.md');
  let glossary = glossaries.get(name);
  if (!glossary) {
    glossary = parseGlossary(readFileSync(path.join(TEXT_DIR, name), 'utf8'), `data/text/${name}`);
    glossaries.set(name, glossary);
  }
  return glossary;
}

/** The earliest match in a text of the terms not yet linked; of two at one place, the longer. */
function firstMatch(text: string, matchers: readonly TermMatcher[], linked: ReadonlySet<string>) {
  let best: { id: string; index: number; text: string; definition: string } | null = null;
  for (const { id, pattern, definition } of matchers) {
    if (linked.has(id)) continue;
    const match = pattern.exec(text);
    if (
      match &&
      (!best ||
        match.index < best.index ||
        (match.index === best.index && match[0].length > best.text.length))
    )
      best = { id, index: match.index, text: match[0], definition };
  }
  return best;
}

function linkInlines(
  nodes: readonly Inline[],
  matchers: readonly TermMatcher[],
  linked: Set<string>,
): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type === 'em' || node.type === 'strong')
      return [{ ...node, children: linkInlines(node.children, matchers, linked) }];
    if (node.type !== 'text') return [node];
    const out: Inline[] = [];
    let rest = node.text;
    for (let match = firstMatch(rest, matchers, linked); match;) {
      linked.add(match.id);
      if (match.index > 0) out.push({ type: 'text', text: rest.slice(0, match.index) });
      out.push({ type: 'term', id: match.id, text: match.text, definition: match.definition });
      rest = rest.slice(match.index + match.text.length);
      match = firstMatch(rest, matchers, linked);
    }
    if (rest) out.push({ type: 'text', text: rest });
    return out;
  });
}

/**
 * A text with each glossary term linked where a reader first meets it, in its paragraphs and
 * lists (not its headings, nor inside another link). Later uses stay plain: one link a term.
 */
export function linkTerms(blocks: readonly Block[], matchers: readonly TermMatcher[]): Block[] {
  const linked = new Set<string>();
  return blocks.map((block) => {
    if (block.type === 'paragraph')
      return { ...block, content: linkInlines(block.content, matchers, linked) };
    if (block.type === 'list')
      return { ...block, items: block.items.map((item) => linkInlines(item, matchers, linked)) };
    return block;
  });
}
