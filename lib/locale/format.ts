import { format } from 'd3';

import type { Quantity } from '../data/quantity';
import type { Say } from '../text/messages';

const thousands = format(',');
const percent = format('+.0%');

/** A share as a whole percentage: 0.4466 → "45%". */
export const formatShare = format('.0%');

/** A count with thousands separators: 105000 → "105,000". */
export const formatCount = (value: number): string => thousands(value);

/** A change as a signed percentage, with a true minus sign: −0.71 → "−71%". */
export const formatChange = (ratio: number): string => percent(ratio);

/** Large figures in millions, in the site's words: 1800000 → "1.8 million". */
export const formatMillions = (say: Say, value: number): string =>
  say('quantity-millions', { millions: value / 1e6 });

/** A quantity as text, saying "unknown" or "not printed" where there is no number. */
export function formatQuantity(say: Say, quantity: Quantity): string {
  if (quantity.status === 'unknown') return say('quantity-unknown');
  if (quantity.status === 'not-given') return say('quantity-not-given');
  return formatCount(quantity.value);
}
