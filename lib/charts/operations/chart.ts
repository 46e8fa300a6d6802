import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';

import { attributed, cellOf, defineChart, notesOf, resourceOf } from '../definition';
import { operationsDrawing } from './layout';
import { figuresOf, operationsSeries, type OperationRow } from './series';
import { operationsTable } from './table';

export const massOperationsChart = defineChart({
  slug: 'mass-operations',
  datasets: ['mass-operations-1937-38'],
  read: (pkg, say) =>
    operationsSeries(
      say,
      resourceOf(pkg, 'mass-operations-1937-38'),
      pkg.records['mass-operations-1937-38'],
      pkg.descriptor.sources,
    ),
  sourceNamesOf: (groups) => [...new Set(figuresOf(groups).map((f) => f.sourceName))],
  ...operationsDrawing,
  table: operationsTable,
  notes: (groups) => notesOf(figuresOf(groups), (f) => f.label),
  figures: (pkg) =>
    pkg.records['mass-operations-1937-38'].map(
      (r) => [r.id, cellOf('mass-operations-1937-38', r, 'value')] as const,
    ),
  headline(groups, { say }) {
    const toDeath = (r: OperationRow) => r.limit !== null && r.figure.measure === 'to death';
    const group = groups.find((g) => g.rows.some(toDeath))!;
    const row = group.rows.find(toDeath)!;
    return {
      figure: formatCount(say, row.figure.value),
      unit: dataText(say, 'persons'),
      label: say('headline', {
        toDeath: attributed(
          say('headline-to-death', { operation: group.title.split(':')[0]! }),
          row.figure.attribution,
        ),
        limit: attributed(formatCount(say, row.limit!.value), row.limit!.attribution),
      }),
    };
  },
  explorer: (groups, { say }) => ({
    measures: [{ key: 'value', label: say('explorer-persons'), unit: dataText(say, 'persons') }],
    rows: figuresOf(groups).map((f) => ({
      id: f.id,
      label: say('explorer-figure', { label: f.label, kind: f.kind }),
      values: { value: known(f.value) },
    })),
  }),
});
