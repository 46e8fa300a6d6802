import { columnTotal } from '@/lib/data/column-total';
import type { Quantity } from '@/lib/data/quantity';
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

/** A row of a totals table: the column it totals, the total as printed, and what the data says. */
interface PrintedTotal<M extends string> {
  field: M;
  stated_total: number;
  unit_as_printed: string;
  known_discrepancy: string;
  note: string;
}

/**
 * A printed total checked against its column's cells, each a figure and the unit it counts; the
 * column's name is left to the chart, which heads it in its own words.
 */
export function checkedTotal<M extends string>(
  total: PrintedTotal<M>,
  cells: readonly { value: Quantity; unit: Unit }[],
): Omit<StatedTotal<M>, 'label'> {
  const column = columnTotal(cells.map((cell) => cell.value));
  const byUnit = [...new Set(cells.map((cell) => cell.unit))]
    .map((unit) => ({
      unit,
      sum: columnTotal(cells.filter((cell) => cell.unit === unit).map((cell) => cell.value))
        .sumOfKnown,
    }))
    .filter((part) => part.sum > 0);
  return {
    measure: total.field,
    stated: total.stated_total,
    unitAsPrinted: total.unit_as_printed,
    sumOfKnown: column.sumOfKnown,
    unknownCells: column.unknown,
    emptyCells: column.notGiven,
    agrees: column.sumOfKnown === total.stated_total,
    knownDiscrepancy: total.known_discrepancy,
    note: total.note,
    byUnit,
  };
}
