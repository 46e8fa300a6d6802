import type { DataPackageDescriptor } from '@/lib/data/package-schema';

import type { ChartDefinition } from './definition';

/** The first year a chart's data covers: the earliest year named in its datasets' periods. */
function firstYear(chart: ChartDefinition, descriptor: DataPackageDescriptor): number {
  return Math.min(
    ...chart.datasets.map((name) => {
      const period = descriptor.resources.find((r) => r.name === name)?.period ?? '';
      return Number(/\d{4}/.exec(period)?.[0] ?? Infinity);
    }),
  );
}

/**
 * The charts in the order of the story, as the home page tells it: by the first year each shows,
 * charts of the same first year as registered.
 */
export function storyOrder<Chart extends ChartDefinition>(
  charts: readonly Chart[],
  descriptor: DataPackageDescriptor,
): Chart[] {
  return charts
    .map((chart, index) => ({ chart, index, year: firstYear(chart, descriptor) }))
    .sort((a, b) => a.year - b.year || a.index - b.index)
    .map(({ chart }) => chart);
}
