import { parseInline, walkInline, type Inline } from './inline';

export type Block =
  | { type: 'heading'; text: string; id: string }
  | { type: 'paragraph'; content: Inline[]; explains: string[] }
  | { type: 'list'; items: Inline[][] };

/**
 * A heading's id, from its words: "Before 1937" → before-1937, "Före 1937" → fore-1937. A
 * heading in another script (Cyrillic) has no Latin letters to take, and is named by its place.
 */
const slugify = (text: string, place: number) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/^(\d*)$/, (digits) => `section-${place}${digits ? `-${digits}` : ''}`);

/**
 * Splits a text into headings ("## "), lists ("- ") and paragraphs. A paragraph explains the
 * marks its numbers link to, so a mark can lead a reader to the paragraph about it.
 */
export function parseDocument(source: string): Block[] {
  let headings = 0;
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map<Block>((chunk) => {
      if (chunk.startsWith('## ')) {
        // "## Кулак {#kulak}": a heading may name its id, the same in every language.
        const [, text, id] = /^(.*?)(?:\s*\{#([a-z0-9-]+)\})?$/.exec(chunk.slice(3).trim())!;
        ++headings;
        return { type: 'heading', text: text!, id: id ?? slugify(text!, headings) };
      }
      if (chunk.startsWith('- ')) {
        return {
          type: 'list',
          items: chunk
            .split(/\n- /)
            .map((item) => parseInline(item.replace(/^- /, '').replace(/\s*\n\s*/g, ' '))),
        };
      }
      const content = parseInline(chunk.replace(/\s*\n\s*/g, ' '));
      const explains = [
        ...new Set(walkInline(content).flatMap((node) => (node.type === 'mark' ? [node.id] : []))),
      ];
      return { type: 'paragraph', content, explains };
    });
}

/** Every inline node of a document, for checks across a whole text. */
export function documentInlines(blocks: readonly Block[]): Inline[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? walkInline(block.content)
      : block.type === 'list'
        ? block.items.flatMap((item) => walkInline(item))
        : [],
  );
}
