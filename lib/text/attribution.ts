import type { SourceDescriptor } from '@/lib/data/package-schema';
import { figureFields, provenanceOf, type FigureCell } from '@/lib/data/provenance';
import type { Confidence, ResourceName } from '@/lib/data/records';
import type { ValidatedPackage } from '@/lib/data/validate-package';

import type { Block } from './document';
import type { Inline } from './inline';
import type { Say } from './messages';

/**
 * A source as a reader meets it inside a sentence: its short title, with its first word as the
 * middle of a sentence has it ("the …" in English: the rule is the message's, not the code's).
 */
function sourceInSentence(say: Say, source: SourceDescriptor): string {
  const title = source.shortTitle ?? source.title;
  const first = /^\S*/.exec(title)![0];
  return say('source-in-sentence', { first, rest: title.slice(first.length) });
}

/**
 * The words that say how far a figure of scholarship can be trusted, made from its confidence
 * so that no page can forget them: nothing for a figure read at a recorded page, "reported by"
 * for one read in its work without a page, "as quoted from" for one seen only quoted elsewhere.
 */
export function attribution(
  say: Say,
  confidence: Confidence,
  source: SourceDescriptor | undefined,
): string | null {
  if (confidence === 'checked') return null;
  const name = source ? sourceInSentence(say, source) : say('source-unnamed');
  return say(`attribution-${confidence}`, { source: name });
}

/** How a figure was verified, in a few words for a list or a chart's caption. */
export const confidenceNote = (say: Say, confidence: Confidence, page: string): string =>
  say(`confidence-${confidence}`, { page });

/** The words that attribute a figure of the data, from where it is and how far it was checked. */
export function cellAttribution(say: Say, pkg: ValidatedPackage, cell: FigureCell): string | null {
  const { source, confidence } = provenanceOf(pkg, cell);
  return attribution(
    say,
    confidence,
    pkg.descriptor.sources.find((s) => s.name === source),
  );
}

/**
 * The attribution of every figure the data does not mark "checked", by the figure's id: each row
 * with an `id` (scholarship.csv's figures, the 1937–38 operations, …) by its figures' confidence,
 * then the marks a chart places in the data by their cells (a year's sentences, a year's camps …),
 * however the dataset keys them.
 */
export function figureAttributions(
  say: Say,
  pkg: ValidatedPackage,
  cells: Iterable<readonly [string, FigureCell]> = [],
): Map<string, string> {
  const byId = Object.entries(pkg.records).flatMap(([name, rows]) => {
    const resource = name as ResourceName;
    const fields = figureFields(pkg, resource);
    return (rows as readonly object[]).flatMap((row) => {
      const id = (row as { id?: unknown }).id;
      if (typeof id !== 'string') return [];
      const words = fields
        .map((field) => cellAttribution(say, pkg, { resource, row, field }))
        .find((w) => w !== null);
      return words ? [[id, words] as const] : [];
    });
  });
  const byCell = [...cells].flatMap(([id, cell]) => {
    const words = cellAttribution(say, pkg, cell);
    return words === null ? [] : [[id, words] as const];
  });
  return new Map([...byId, ...byCell]);
}

const SENTENCE_END = /[.!?](\s|$)/;

/**
 * Puts each figure's attribution after the numbers in the text that link to it: once per sentence
 * for figures that share it ("353,074 … and 328,618 (as quoted from …)"), never left out.
 */
export function attributeInlines(
  nodes: readonly Inline[],
  attributions: ReadonlyMap<string, string>,
): Inline[] {
  const wordsOf = (node: Inline) =>
    node.type === 'mark' || node.type === 'figure' ? attributions.get(node.id) : undefined;
  /** Whether a later figure of the same sentence carries the same words. */
  const repeatedLater = (from: number, words: string) => {
    for (const node of nodes.slice(from + 1)) {
      if (node.type === 'text' && SENTENCE_END.test(node.text)) return false;
      if (wordsOf(node) === words) return true;
    }
    return false;
  };
  return nodes.flatMap((node, index): Inline[] => {
    if (node.type === 'em' || node.type === 'strong')
      return [{ ...node, children: attributeInlines(node.children, attributions) }];
    const words = wordsOf(node);
    return words === undefined || repeatedLater(index, words)
      ? [node]
      : [node, { type: 'attribution', text: words }];
  });
}

export function attributeBlocks(
  blocks: readonly Block[],
  attributions: ReadonlyMap<string, string>,
): Block[] {
  return blocks.map((block) => {
    if (block.type === 'paragraph')
      return { ...block, content: attributeInlines(block.content, attributions) };
    if (block.type === 'list')
      return { ...block, items: block.items.map((item) => attributeInlines(item, attributions)) };
    return block;
  });
}
