import { nice, ticks } from 'd3';

import type { PredictSeries } from '@/lib/present/predict';

import type { ExplorerData } from './explorer-data';

/**
 * The series of one explorer measure, for its chart's predict slide and mode. The scale's top is
 * the largest value with a quarter more room, rounded up to a round number, so the top does not
 * give the peak away. `source` names the figures' sources, titled in full or short.
 */
export function predictSeries(
  explorer: ExplorerData,
  key: string,
  source: (length: 'full' | 'short') => string,
): PredictSeries {
  const measure = explorer.measures.find((m) => m.key === key);
  if (!measure) throw new Error(`The explorer has no measure "${key}" to predict.`);
  const points = explorer.rows.map((row) => {
    const quantity = row.values[key];
    return { label: row.label, value: quantity?.status === 'known' ? quantity.value : null };
  });
  const first = points[0]?.value;
  if (first === null || first === undefined || points.length < 3)
    throw new Error(
      `"${key}" cannot be predicted: its first year must be known, and three or more years given.`,
    );
  const highest = Math.max(...points.map((p) => p.value ?? 0));
  const [, top] = nice(0, highest * 1.25, 5);
  return {
    measure: measure.label,
    unit: measure.unit,
    points,
    top,
    ticks: ticks(0, top, 5),
    source: { full: source('full'), short: source('short') },
  };
}
