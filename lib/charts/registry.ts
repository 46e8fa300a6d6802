import { deathShareChart } from './death-share';
import { deportationsChart } from './deportations';
import type { ChartDefinition } from './definition';
import { gpu1924Chart } from './gpu-1924';
import { gulagChart } from './gulag';
import { massOperationsChart } from './mass-operations';
import { personnelChart } from './personnel';
import { sentencesChart } from './sentences';
import { timelineChart } from './timeline';

/**
 * Every chart of the site, in the order the deck and the tests take them; the home page tells
 * them in the order of the story, by the first year of their datasets' periods, charts of one year
 * in this order (story-order.ts). A chart is its declaration (one file, or a folder for a kind of
 * its own) and an entry here.
 */
export const charts: ChartDefinition[] = [
  personnelChart,
  gpu1924Chart,
  deportationsChart,
  sentencesChart,
  deathShareChart,
  massOperationsChart,
  gulagChart,
  timelineChart,
];

export function chartBySlug(slug: string): ChartDefinition | undefined {
  return charts.find((chart) => chart.slug === slug);
}

/** One static page per chart (its page and its embed), all made at build time. */
export function chartStaticParams(): { slug: string }[] {
  return charts.map((chart) => ({ slug: chart.slug }));
}
