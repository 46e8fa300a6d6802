import { notGiven } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';

import { cellOf, defineChart } from '../definition';
import { personnelScene } from './layout';
import { markId, personnelSeries } from './series';
import { personnelTable } from './table';

export const personnelChart = defineChart({
  slug: 'personnel',
  datasets: ['cheka-personnel'],
  read: (pkg) => personnelSeries(pkg.records['cheka-personnel']),
  scene: personnelScene,
  slides: (rows, words) => [personnelScene(rows, 'projector', words)],
  table: personnelTable,
  notes: (rows) =>
    rows.flatMap((row) =>
      [row.from, row.to].flatMap((p) =>
        p && p.note ? [{ marks: [p.id], heading: `${row.category}, ${p.year}`, text: p.note }] : [],
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
      unit: 'persons',
      label: say('headline', {
        category: row.category.toLowerCase(),
        year: String(row.to!.year),
      }),
    };
  },
  explorer: (rows) => ({
    measures: [1921, 1925].map((year) => ({
      key: String(year),
      label: String(year),
      unit: 'persons',
    })),
    rows: rows.map((row) => ({
      id: (row.to ?? row.from)?.id ?? row.category,
      label: row.category,
      values: { '1921': row.from?.count ?? notGiven, '1925': row.to?.count ?? notGiven },
    })),
  }),
});
