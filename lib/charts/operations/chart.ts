import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/format';

import { attributed, defineChart, notesOf, resourceOf } from '../definition';
import { operationsDrawing } from './layout';
import { figuresOf, operationsSeries, type OperationRow } from './series';
import { operationsTable } from './table';

export const massOperationsChart = defineChart({
  slug: 'mass-operations',
  title: '1937–38: the quotas and what was done',
  subtitle:
    'Persons. Order No. 00447’s first limits (outlined) beside the numbers sentenced under it (filled); the national operations and the NKVD’s count of all its cases, with those sentenced to death in dark red. Every figure on one scale. The operations are parts of the NKVD’s total, not additions to it.',
  slideSubtitle:
    'Persons, one scale. Outline: the first limit; filled: what was done; dark red: sentenced to death.',
  summary:
    'Order No. 00447’s first limits (quotas) beside the numbers it sentenced, the national operations, the Polish among them, and the NKVD’s count of arrests, sentences and death sentences in 1937–38.',
  datasets: ['mass-operations-1937-38'],
  read: (pkg) =>
    operationsSeries(
      resourceOf(pkg, 'mass-operations-1937-38'),
      pkg.records['mass-operations-1937-38'],
      pkg.descriptor.sources,
    ),
  sourceNamesOf: (groups) => [...new Set(figuresOf(groups).map((f) => f.sourceName))],
  ...operationsDrawing,
  table: (groups, sources) => operationsTable(groups, sources.title),
  notes: (groups) => notesOf(figuresOf(groups), (f) => f.label),
  headline(groups) {
    const toDeath = (r: OperationRow) => r.limit !== null && r.figure.measure === 'to death';
    const group = groups.find((g) => g.rows.some(toDeath))!;
    const row = group.rows.find(toDeath)!;
    return {
      figure: formatCount(row.figure.value),
      unit: 'persons',
      label: `${attributed(`sentenced to death under ${group.title.split(':')[0]}`, row.figure.attribution)}, against a first limit of ${attributed(formatCount(row.limit!.value), row.limit!.attribution)}`,
    };
  },
  explorer: (groups) => ({
    measures: [{ key: 'value', label: 'Persons', unit: 'persons' }],
    rows: figuresOf(groups).map((f) => ({
      id: f.id,
      label: `${f.label} (${f.kind})`,
      values: { value: known(f.value) },
    })),
  }),
});
