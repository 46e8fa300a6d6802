/**
 * The inline part of the project's small Markdown dialect for explanatory text. Besides *em*,
 * **strong** and [text](https://…) links it has three kinds of its own, so that every number in
 * the text is tied to the data it comes from:
 *   [63,000](mark:military-1925)       a figure drawn in the chart (or a row of its table)
 *   [26,000](figure:werth-civilian-staff) a figure from scholarship.csv
 *   [@werth-1999] or [@a; @b]          a citation of sources in datapackage.json
 * Text is parsed into nodes, never into HTML, so nothing in it can become markup.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'mark'; id: string; text: string }
  | { type: 'figure'; id: string; text: string }
  | { type: 'link'; href: string; text: string }
  | { type: 'cite'; ids: string[] }
  /** Words that say how far a figure can be trusted, made from its confidence (attribution.ts). */
  | { type: 'attribution'; text: string }
  /** A term's first use in a text, which leads to its entry in the glossary (glossary.ts). */
  | { type: 'term'; id: string; text: string; definition: string };

const TOKEN = /\*\*(.+?)\*\*|\*(.+?)\*|\[@([^\]]+)\]|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(source: string): Inline[] {
  const nodes: Inline[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: source.slice(last, index) });
    const [, strong, em, cite, text, href] = match;
    if (strong !== undefined) nodes.push({ type: 'strong', children: parseInline(strong) });
    else if (em !== undefined) nodes.push({ type: 'em', children: parseInline(em) });
    else if (cite !== undefined)
      nodes.push({ type: 'cite', ids: cite.split(/;\s*@?/).map((id) => id.trim()) });
    else if (text !== undefined && href !== undefined) {
      if (href.startsWith('mark:')) nodes.push({ type: 'mark', id: href.slice(5), text });
      else if (href.startsWith('figure:')) nodes.push({ type: 'figure', id: href.slice(7), text });
      else nodes.push({ type: 'link', href, text });
    }
    last = index + match[0].length;
  }
  if (last < source.length) nodes.push({ type: 'text', text: source.slice(last) });
  return nodes;
}

/** Every node of a tree of inlines, depth first. */
export function walkInline(nodes: readonly Inline[]): Inline[] {
  return nodes.flatMap((node) =>
    node.type === 'em' || node.type === 'strong' ? [node, ...walkInline(node.children)] : [node],
  );
}

/** The text a reader sees, without markup: for checks on the words and numbers of a text. */
export function plainText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'em':
        case 'strong':
          return plainText(node.children);
        case 'cite':
          return '';
        case 'attribution':
          return ` (${node.text})`;
        default:
          return node.text;
      }
    })
    .join('');
}

/** The words as prose, without the space a removed reference number leaves before punctuation. */
export const readableText = (nodes: readonly Inline[]) =>
  plainText(nodes).replace(/\s+([.,;:)])/g, '$1');
