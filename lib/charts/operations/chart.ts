import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/format';

import {
  sourceWords,
  resourceOf,
  notesOf,
  bothVariants,
  attributed,
  type ChartDefinition,
} from '../definition';
import { operationsScene, operationsSlides } from './layout';
import { figuresOf, operationsSeries } from './series';
import { operationsTable } from './table';

export const massOperationsChart: ChartDefinition = {
  slug: 'mass-operations',
  title: '1937–38: the quotas and what was done',
  subtitle:
    'Persons. Order No. 00447’s first limits (outlined) beside the numbers sentenced under it (filled); the national operations and the NKVD’s count of all its cases, with those sentenced to death in dark red. Every figure on one scale. The operations are parts of the NKVD’s total, not additions to it.',
  slideSubtitle:
    'Persons, one scale. Outline: the first limit; filled: what was done; dark red: sentenced to death.',
  summary:
    'Order No. 00447’s first limits (quotas) beside the numbers it sentenced, the national operations, the Polish among them, and the NKVD’s count of arrests, sentences and death sentences in 1937–38.',
  datasets: ['mass-operations-1937-38'],
  build(pkg) {
    const groups = operationsSeries(
      resourceOf(pkg, 'mass-operations-1937-38'),
      pkg.records['mass-operations-1937-38'],
      pkg.descriptor.sources,
    );
    const figures = figuresOf(groups);
    const sourceNames = [...new Set(figures.map((f) => f.sourceName))];
    const { line, title } = sourceWords(pkg);
    const source = line(sourceNames);
    return {
      scenes: bothVariants((variant) => operationsScene(groups, variant, this, source, title)),
      slides: operationsSlides(groups, this, sourceWords(pkg, 'short')),
      sourceNames,
      table: operationsTable(groups, title),
      notes: notesOf(figures, (f) => f.label),
      headline: (() => {
        const group = groups.find((g) =>
          g.rows.some((r) => r.limit && r.figure.measure === 'to death'),
        )!;
        const row = group.rows.find((r) => r.limit && r.figure.measure === 'to death')!;
        return {
          figure: formatCount(row.figure.value),
          unit: 'persons',
          label: `${attributed(`sentenced to death under ${group.title.split(':')[0]}`, row.figure.attribution)}, against a first limit of ${attributed(formatCount(row.limit!.value), row.limit!.attribution)}`,
        };
      })(),
      explorer: {
        measures: [{ key: 'value', label: 'Persons', unit: 'persons' }],
        rows: figures.map((f) => ({
          id: f.id,
          label: `${f.label} (${f.kind})`,
          values: { value: known(f.value) },
        })),
      },
    };
  },
};
