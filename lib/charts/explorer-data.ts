import type { Quantity } from '@/lib/data/quantity';

/**
 * What the interactive explorer receives: plain, serialisable rows with one or more measures, each
 * measure with its unit. Unknowns stay Quantity values so the explorer can show them as unknown.
 */
export interface ExplorerData {
  measures: { key: string; label: string; unit: string }[];
  rows: { id: string; label: string; values: Record<string, Quantity> }[];
  /** What the rows are, as the table's first column names them: the sound's axis along the rows. */
  rowsLabel?: string;
}
