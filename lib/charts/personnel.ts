import type { PersonnelRecord } from '@/lib/data/records';

import { countHeadline, defineChart } from './definition';
import { twoYearChart } from './two-year-chart';

const DATASET = 'cheka-personnel';
const TO_YEAR = 1925;

/** Each category of the notes' table in 1921 and 1925, the change where the data allows one. */
const { rows, figures, ...parts } = twoYearChart<PersonnelRecord>({
  dataset: DATASET,
  years: [1921, TO_YEAR],
});

export const personnelChart = defineChart({
  slug: 'personnel',
  datasets: [DATASET],
  read: (pkg, say) => rows(pkg.records[DATASET], say),
  ...parts,
  figures: (pkg) => figures(pkg.records[DATASET]),
  // The category whose change can be computed, or else the first with a later figure.
  headline(rows, { say }) {
    const row = rows.find((r) => r.change !== null) ?? rows.find((r) => r.to)!;
    const to = row.to!.count;
    const label = say('headline', { category: row.label.toLowerCase(), year: String(TO_YEAR) });
    return to.status === 'known'
      ? countHeadline(say, to.value, 'persons', label)
      : { figure: say('headline-unknown'), unit: '', label };
  },
});
