import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/format';
import { attribution } from '@/lib/text/attribution';

import { attributed, defineChart, notesOf, sourceNamed } from '../definition';
import { sentencesScene, sentencesSlides } from './layout';
import { sentencedId, sentencesSeries } from './series';
import { sentencesTable } from './table';

export const sentencesChart = defineChart({
  slug: 'sentences',
  title: 'Sentenced, and sentenced to death, on secret-police cases, 1921–1940',
  subtitle:
    'Persons, each year, from the “Pavlov certificate” of 1953: sentences, not arrests or executions. Light bar and plain figure: sentenced; dark bar and red figure: of them, sentenced to death. The quiet years also have a panel of their own, on a larger scale.',
  slideSubtitle:
    'Persons. Light bar, plain figure: sentenced; dark bar, red figure: to death. Right: 1921–1929 on a larger scale.',
  summary:
    'Everyone sentenced on secret-police cases each year from 1921 to 1940, and those sentenced to death, with the 1920s on a scale of their own so that they do not vanish beside 1937–38.',
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
