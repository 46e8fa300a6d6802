import { documentInlines, type Block } from './document';
import { walkInline, type Inline } from './inline';

/** The sources a run of inline text cites, in the order it cites them (repeats kept). */
export const citedIn = (nodes: readonly Inline[]): string[] =>
  walkInline(nodes).flatMap((node) => (node.type === 'cite' ? node.ids : []));

/**
 * The sources a page cites, numbered in the order a reader meets them: first those cited in the
 * text, then the chart's own sources, then those of the figures set beside it.
 */
export function referenceOrder(
  blocks: readonly Block[],
  ...more: readonly (readonly string[])[]
): Map<string, number> {
  const order = [...new Set([...citedIn(documentInlines(blocks)), ...more.flat()])];
  return new Map(order.map((name, index) => [name, index + 1]));
}
