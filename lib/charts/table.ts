import type { Say } from '@/lib/text/messages';

/** A chart's data as a table a person can read or a screen reader can walk: one row per mark. */
export interface DataTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { id: string; cells: string[] }[];
}

/** A column as a chart declares it: a key, whose heading is the text file's `col-<key>`. */
export type TableColumn = string | { key: string; numeric?: boolean };

/**
 * A table in a chart's words: its caption the text file's `table-caption`, each column headed by
 * its `col-<key>` (numeric ones aligned as figures), and the rows in the columns' order.
 */
export const keyedTable = (
  say: Say,
  columns: readonly TableColumn[],
  rows: DataTable['rows'],
): DataTable => ({
  caption: say('table-caption'),
  columns: columns.map((column) =>
    typeof column === 'string'
      ? { label: say(`col-${column}`) }
      : { label: say(`col-${column.key}`), numeric: column.numeric },
  ),
  rows,
});
