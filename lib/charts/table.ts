/** A chart's data as a table a person can read or a screen reader can walk: one row per mark. */
export interface DataTable {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: { id: string; cells: string[] }[];
}
