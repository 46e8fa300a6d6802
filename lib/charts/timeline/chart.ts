import { known, notGiven } from '@/lib/data/quantity';

import { defineChart } from '../definition';
import { timelineScene, timelineSlides } from './layout';
import { TIMELINE_START, timelineSeries } from './series';
import { timelineTable } from './table';

/** Years from one time to another, to a tenth, for the explorer. */
const yearsBetween = (from: number, to: number) =>
  Math.round(((to - from) / (365.25 * 86_400_000)) * 10) / 10;

export const timelineChart = defineChart({
  slug: 'timeline',
  datasets: ['agencies-and-heads'],
  read: (pkg, say) => timelineSeries(pkg.records['agencies-and-heads'], say.locale),
  sourceNamesOf: (entries) => [...new Set(entries.flatMap((e) => e.sources))],
  scene: timelineScene,
  slides: timelineSlides,
  table: timelineTable,
  notes: (entries) =>
    entries
      .filter((e) => e.note || e.chart)
      .map((e) => ({ marks: [e.id], heading: e.name, text: e.note, chart: e.chart || undefined })),
  // Its marks show dates, not figures.
  figures: () => [],
  // An agency founded again keeps its id with the year it came back (nkvd, nkvd-1941): one agency.
  headline(entries, { say }) {
    const count = new Set(
      entries.filter((e) => e.kind === 'agency').map((e) => e.id.replace(/-\d{4}$/, '')),
    ).size;
    // Its unit agrees with the count, as a count's headline's does (countHeadline).
    return { figure: String(count), unit: say('headline-unit', { count }), label: say('headline') };
  },
  explorer: (entries, { say }) => ({
    measures: ['start', 'length'].map((key) => ({
      key,
      label: say(`explorer-${key}`),
      unit: say('explorer-unit'),
    })),
    rows: entries.map((e) => ({
      id: e.id,
      label: e.name,
      values: {
        start: known(yearsBetween(TIMELINE_START, e.start.start)),
        length: e.end ? known(yearsBetween(e.start.start, e.end.end)) : notGiven,
      },
    })),
  }),
});
