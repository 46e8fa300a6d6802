import type { Unit } from '@/lib/data/records';

/**
 * A total the source prints for a column, set against the sum of the figures it gives: whether it
 * agrees, and what the sum leaves out (unknown and empty cells, figures in other units).
 */
export interface StatedTotal<M extends string = string> {
  measure: M;
  /** The column's name, as the chart's table heads it. */
  label: string;
  stated: number;
  unitAsPrinted: string;
  sumOfKnown: number;
  unknownCells: number;
  emptyCells: number;
  /** Whether the printed total equals the sum of the figures the source gives. */
  agrees: boolean;
  knownDiscrepancy: string;
  note: string;
  /** The sum of known figures split by what they count: shows a total that mixes units. */
  byUnit: { unit: Unit; sum: number }[];
}
