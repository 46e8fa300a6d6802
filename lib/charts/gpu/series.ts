import type { StatedTotal } from '@/lib/charts/stated-total';
import { columnTotal } from '@/lib/data/column-total';
import type { Quantity } from '@/lib/data/quantity';
import type { GpuActionRecord, GpuDetailRecord, GpuTotalRecord, Unit } from '@/lib/data/records';
import { formatCount } from '@/lib/locale/format';
import type { Say } from '@/lib/text/messages';

/** The source's two columns; their names are the `measure` messages of the chart's text file. */
export const MEASURES = ['arrested_or_checked', 'killed'] as const;

export type MeasureKey = (typeof MEASURES)[number];

export interface GpuRow {
  id: string;
  category: string;
  /** What the first column counts in this row; "killed" always counts persons. */
  unit: Unit;
  values: Record<MeasureKey, Quantity>;
  details: { figure: string; value: number; unit: Unit; note: string }[];
  note: string;
}

export interface GpuSeries {
  rows: GpuRow[];
  totals: PrintedTotal[];
}

/** A printed total, checked: the chart names its column from its text file. */
export type PrintedTotal = Omit<StatedTotal<MeasureKey>, 'label'>;

export const cellId = (rowId: string, measure: MeasureKey) =>
  `${rowId}-${measure.replace(/_/g, '-')}`;

export function unitOf(row: GpuRow, measure: MeasureKey): Unit {
  return measure === 'killed' ? 'persons' : row.unit;
}

/**
 * A figure in words: its number (counted in its unit, if given: "15,501 organisations", in the
 * reader's language and plural), or what the source prints instead.
 */
export function quantityText(say: Say, quantity: Quantity, unit?: Unit): string {
  if (quantity.status === 'unknown') return say('figure-unknown');
  if (quantity.status === 'not-given') return say('figure-not-printed');
  return unit
    ? say('figure-counted', { count: quantity.value, unit })
    : formatCount(say, quantity.value);
}

export function gpuSeries(
  actions: readonly GpuActionRecord[],
  details: readonly GpuDetailRecord[],
  totals: readonly GpuTotalRecord[],
): GpuSeries {
  const rows: GpuRow[] = actions.map((action) => ({
    id: action.id,
    category: action.category,
    unit: action.unit,
    values: { arrested_or_checked: action.arrested_or_checked, killed: action.killed },
    details: details
      .filter((d) => d.action_id === action.id)
      .map(({ figure, value, unit, note }) => ({ figure, value, unit, note })),
    note: action.note,
  }));

  return {
    rows,
    totals: totals.map((total) => {
      const column = columnTotal(rows.map((row) => row.values[total.field]));
      const units = [...new Set(rows.map((row) => unitOf(row, total.field)))];
      const byUnit = units
        .map((unit) => ({
          unit,
          sum: columnTotal(
            rows
              .filter((row) => unitOf(row, total.field) === unit)
              .map((row) => row.values[total.field]),
          ).sumOfKnown,
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
    }),
  };
}
