import { formatCount, formatShare } from '@/lib/locale/format';

import type { DataTable } from '../table';
import { sentencedId, type SentencesYear } from './series';

export function sentencesTable(years: readonly SentencesYear[]): DataTable {
  return {
    caption:
      'People sentenced on secret-police cases, and of them sentenced to death, by year, 1921–1940, in persons, from the Pavlov certificate of 1953',
    columns: [
      { label: 'Year' },
      { label: 'Sentenced', numeric: true },
      { label: 'Sentenced to death', numeric: true },
      { label: 'Share sentenced to death', numeric: true },
      { label: 'Beside it on this site' },
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
