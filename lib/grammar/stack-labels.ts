/**
 * Gives each label the first row in which it overlaps no earlier label (items in order of x), so
 * labels on a time axis never print over one another; a label of several lines takes as many
 * rows, all free. Returns the (first) row of each item.
 */
export function stackLabels(
  items: readonly { start: number; end: number; lines?: number }[],
  gap = 8,
): number[] {
  const rowEnds: number[] = [];
  const free = (row: number, start: number) => (rowEnds[row] ?? -Infinity) + gap <= start;
  return items.map(({ start, end, lines = 1 }) => {
    let row = 0;
    while (!Array.from({ length: lines }, (_, i) => free(row + i, start)).every(Boolean)) row++;
    for (let i = 0; i < lines; i++) rowEnds[row + i] = end;
    return row;
  });
}
