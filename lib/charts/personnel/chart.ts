import { notGiven } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';

import { cellOf, defineChart } from '../definition';
import { personnelScene } from './layout';
import { markId, personnelSeries } from './series';
import { personnelTable } from './table';

export const personnelChart = defineChart({
  slug: 'personnel',
  datasets: ['cheka-personnel'],
  read: (pkg, say) =>
    personnelSeries(pkg.records['cheka-personnel'], (category) => dataText(say, category)),
  scene: personnelScene,
  slides: (rows, words) => [personnelScene(rows, 'projector', words)],
  table: personnelTable,
  notes: (rows) =>
    rows.flatMap((row) =>
      [row.from, row.to].flatMap((p) =>
        p && p.note ? [{ marks: [p.id], heading: `${row.label}, ${p.year}`, text: p.note }] : [],
      ),
    ),
  figures: (pkg) =>
    pkg.records['cheka-personnel'].map(
      (r) => [markId(r.category, r.year), cellOf('cheka-personnel', r, 'count')] as const,
    ),
  headline(rows, { say }) {
    const row = rows.find((r) => r.change !== null) ?? rows.find((r) => r.to)!;
    const to = row.to!.count;
    return {
      figure: to.status === 'known' ? formatCount(say, to.value) : say('headline-unknown'),
      unit: dataText(say, 'persons'),
      label: say('headline', {
        category: row.label.toLowerCase(),
        year: String(row.to!.year),
      }),
    };
  },
  explorer: (rows, { say }) => ({
    measures: [1921, 1925].map((year) => ({
      key: String(year),
      label: String(year),
      unit: dataText(say, 'persons'),
    })),
    rows: rows.map((row) => ({
      id: (row.to ?? row.from)?.id ?? row.category,
      label: row.label,
      values: { '1921': row.from?.count ?? notGiven, '1925': row.to?.count ?? notGiven },
    })),
  }),
});
