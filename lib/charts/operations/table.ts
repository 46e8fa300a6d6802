import { formatCount } from '@/lib/locale/format';

import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { whose } from './layout';
import { figuresOf, type OperationGroup } from './series';

export function operationsTable(groups: readonly OperationGroup[], words: SceneWords): DataTable {
  const { say } = words;
  return {
    caption: say('table-caption'),
    columns: [
      { label: say('col-figure') },
      { label: say('col-kind') },
      { label: say('col-persons'), numeric: true },
      { label: say('col-period') },
      { label: say('col-source') },
    ],
    rows: figuresOf(groups).map((f) => ({
      id: f.id,
      cells: [
        f.label,
        say('cell-kind', { kind: f.kind }),
        formatCount(say, f.value),
        f.period,
        whose(f, words),
      ],
    })),
  };
}
