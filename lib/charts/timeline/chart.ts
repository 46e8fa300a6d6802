import { known, notGiven } from '@/lib/data/quantity';

import { sourceWords, bothVariants, type ChartDefinition } from '../definition';
import { timelineScene, timelineSlides } from './layout';
import { TIMELINE_START, timelineSeries } from './series';
import { timelineTable } from './table';

export const timelineChart: ChartDefinition = {
  slug: 'timeline',
  title: 'The secret police, 1917–1941: agencies, heads and events',
  subtitle:
    'From the Cheka to the NKVD. Ministry: the Russian republic’s commissariat for internal affairs, of which the GPU was formally a part. A date known only to the month or the year is drawn across that month or year. An arrow: it goes on past 1941.',
  slideSubtitle: 'Dates known only to the month or year span it. Arrow: goes on past 1941.',
  summary:
    'The Cheka, GPU, OGPU, NKVD and NKGB, the men who led them and the events the sources name, on one time axis.',
  datasets: ['agencies-and-heads'],
  build(pkg) {
    const entries = timelineSeries(pkg.records['agencies-and-heads']);
    const sourceNames = [...new Set(entries.flatMap((e) => e.sources))];
    const { line, title } = sourceWords(pkg);
    const source = line(sourceNames);
    const yearsFrom = (time: number) =>
      Math.round(((time - TIMELINE_START) / (365.25 * 86_400_000)) * 10) / 10;
    return {
      scenes: bothVariants((variant) => timelineScene(entries, variant, this, source)),
      slides: timelineSlides(entries, this, sourceWords(pkg, 'short')),
      sourceNames,
      table: timelineTable(entries, title),
      notes: entries
        .filter((e) => e.note || e.chart)
        .map((e) => ({
          marks: [e.id],
          heading: e.name,
          text: e.note,
          chart: e.chart || undefined,
        })),
      headline: {
        figure: String(
          new Set(entries.filter((e) => e.kind === 'agency').map((e) => e.name.split(' (')[0]))
            .size,
        ),
        unit: 'names',
        label: 'for one secret police, 1917–1941',
      },
      explorer: {
        measures: [
          { key: 'start', label: 'Start (years after 1 January 1917)', unit: 'years' },
          { key: 'length', label: 'Length (years)', unit: 'years' },
        ],
        rows: entries.map((e) => ({
          id: e.id,
          label: e.name,
          values: {
            start: known(yearsFrom(e.start.start)),
            length: e.end
              ? known(Math.round(((e.end.end - e.start.start) / (365.25 * 86_400_000)) * 10) / 10)
              : notGiven,
          },
        })),
      },
    };
  },
};
