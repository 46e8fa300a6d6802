import type { Quantity } from './quantity';

export interface ColumnTotal {
  /** The sum of the figures the source gives; unknown and empty cells add nothing to it. */
  sumOfKnown: number;
  known: number;
  unknown: number;
  notGiven: number;
}

/** Adds up a column of quantities, counting the cells that could not be added. */
export function columnTotal(quantities: readonly Quantity[]): ColumnTotal {
  const total: ColumnTotal = { sumOfKnown: 0, known: 0, unknown: 0, notGiven: 0 };
  for (const quantity of quantities) {
    if (quantity.status === 'known') {
      total.sumOfKnown += quantity.value;
      total.known += 1;
    } else if (quantity.status === 'unknown') total.unknown += 1;
    else total.notGiven += 1;
  }
  return total;
}
