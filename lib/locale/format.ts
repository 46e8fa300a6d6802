import { format } from 'd3';

import type { Quantity } from '../data/quantity';

const thousands = format(',');
const percent = format('+.0%');

/** A share as a whole percentage: 0.4466 → "45%". */
export const formatShare = format('.0%');

/** A count with thousands separators: 105000 → "105,000". */
export const formatCount = (value: number): string => thousands(value);

/** A change as a signed percentage, with a true minus sign: −0.71 → "−71%". */
export const formatChange = (ratio: number): string => percent(ratio);

/** Millions for axis ticks and large figures: 1800000 → "1.8 million". */
export function formatMillions(value: number): string {
  if (value === 0) return '0';
  return `${format(',.2~f')(value / 1e6)} million`;
}

/** A quantity as text, saying "unknown" or "not printed" where there is no number. */
export function formatQuantity(quantity: Quantity, unit?: string): string {
  if (quantity.status === 'unknown') return 'unknown (“?” in the source)';
  if (quantity.status === 'not-given') return 'not printed in the source';
  return unit ? `${formatCount(quantity.value)} ${unit}` : formatCount(quantity.value);
}
