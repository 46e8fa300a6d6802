/**
 * Gives each label the first row in which it overlaps no earlier label (items in order of x), so
 * labels on a time axis never print over one another. Returns the row of each item.
 */
export function stackLabels(items: readonly { start: number; end: number }[], gap = 8): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => item.start >= end + gap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.end;
    return row;
  });
}
