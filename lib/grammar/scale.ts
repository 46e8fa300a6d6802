import { max, scaleLinear, type ScaleLinear } from 'd3';

import type { Quantity } from '@/lib/data/quantity';

type Value = number | Quantity | null | undefined;

const known = (value: Value): number[] =>
  typeof value === 'number' ? [value] : value?.status === 'known' ? [value.value] : [];

/**
 * A linear scale from zero to the largest known value, rounded out to nice ticks. Unknown and
 * missing values take no part in it: they are drawn as unknown, never as zero.
 */
export function zeroBasedScale(
  values: readonly Value[],
  range: [number, number],
): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, max(values.flatMap(known)) ?? 1])
    .nice()
    .range(range);
}
