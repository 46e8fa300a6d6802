import { formatCount, formatShare } from '@/lib/locale/format';

import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { sentencedId, type SentencesYear } from './series';

export function sentencesTable(years: readonly SentencesYear[], { say }: SceneWords): DataTable {
  return {
    caption: say('table-caption'),
    columns: [
      { label: say('col-year') },
      { label: say('col-sentenced'), numeric: true },
      { label: say('col-death'), numeric: true },
      { label: say('col-share'), numeric: true },
      { label: say('col-context') },
    ],
    rows: years.map((y) => ({
      id: sentencedId(y.year),
      cells: [
        String(y.year),
        formatCount(y.sentenced),
        formatCount(y.toDeath),
        formatShare(y.toDeath / y.sentenced),
        y.context,
      ],
    })),
  };
}
