import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';
import { attributed, cellOf, defineChart, notesOf } from '../definition';
import { sentencesScene, sentencesSlides } from './layout';
import { deathId, sentencedId, sentencesSeries } from './series';
import { sentencesTable } from './table';

export const sentencesChart = defineChart({
  slug: 'sentences',
  datasets: ['secret-police-sentences'],
  read: (pkg) => sentencesSeries(pkg.records['secret-police-sentences']),
  scene: sentencesScene,
  slides: sentencesSlides,
  table: sentencesTable,
  notes: (years) =>
    notesOf(
      years.map((y) => ({ ...y, id: sentencedId(y.year) })),
      (y) => String(y.year),
    ),
  figures: (pkg) =>
    pkg.records['secret-police-sentences'].flatMap((r) => [
      [sentencedId(r.year), cellOf('secret-police-sentences', r, 'sentenced')] as const,
      [deathId(r.year), cellOf('secret-police-sentences', r, 'sentenced_to_death')] as const,
    ]),
  headline(years, { say, attributions }) {
    const peak = years.reduce((a, b) => (b.toDeath > a.toDeath ? b : a));
    return {
      figure: formatCount(peak.toDeath),
      unit: 'persons',
      label: attributed(
        say('headline', { year: String(peak.year) }),
        attributions.get(deathId(peak.year)) ?? null,
      ),
    };
  },
  explorer: (years, { say }) => ({
    measures: [
      { key: 'sentenced', label: say('explorer-sentenced'), unit: 'persons' },
      { key: 'toDeath', label: say('explorer-death'), unit: 'persons' },
    ],
    rows: years.map((y) => ({
      id: sentencedId(y.year),
      label: String(y.year),
      values: { sentenced: known(y.sentenced), toDeath: known(y.toDeath) },
    })),
  }),
});
