/** The source names a cell cites: one name, or several separated by ";". */
export const sourceList = (cell: string): string[] =>
  cell
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);
