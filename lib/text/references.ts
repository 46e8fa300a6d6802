import { documentInlines, type Block } from './document';

/**
 * The sources a page cites, numbered in the order a reader meets them: first those cited in the
 * text, then the chart's own sources, then those of the figures set beside it.
 */
export function referenceOrder(
  blocks: readonly Block[],
  ...more: readonly (readonly string[])[]
): Map<string, number> {
  const cited = documentInlines(blocks).flatMap((node) => (node.type === 'cite' ? node.ids : []));
  const order = [...new Set([...cited, ...more.flat()])];
  return new Map(order.map((name, index) => [name, index + 1]));
}
