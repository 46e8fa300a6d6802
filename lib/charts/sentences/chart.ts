import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/format';
import { attribution } from '@/lib/text/attribution';

import { attributed, defineChart, notesOf, sourceNamed } from '../definition';
import { sentencesScene, sentencesSlides } from './layout';
import { sentencedId, sentencesSeries } from './series';
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
  headline(years, pkg) {
    const peak = years.reduce((a, b) => (b.toDeath > a.toDeath ? b : a));
    const record = pkg.records['secret-police-sentences'].find((r) => r.year === peak.year)!;
    return {
      figure: formatCount(peak.toDeath),
      unit: 'persons',
      label: attributed(
        `sentenced to death on secret-police cases in ${peak.year}`,
        attribution(record.confidence, sourceNamed(pkg, record.source)),
      ),
    };
  },
  explorer: (years) => ({
    measures: [
      { key: 'sentenced', label: 'Sentenced', unit: 'persons' },
      { key: 'toDeath', label: 'Sentenced to death', unit: 'persons' },
    ],
    rows: years.map((y) => ({
      id: sentencedId(y.year),
      label: String(y.year),
      values: { sentenced: known(y.sentenced), toDeath: known(y.toDeath) },
    })),
  }),
});
