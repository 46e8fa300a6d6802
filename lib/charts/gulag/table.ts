import type { Quantity } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';

import type { DataTable } from '../table';
import { ids, type GulagYear } from './series';

/** A figure, or what its empty cell means here: these sources give none, which is not zero. */
const orUnknown = (q: Quantity) =>
  q.status === 'known' ? formatCount(q.value) : 'unknown: no figure in these sources';

export function gulagTable(years: readonly GulagYear[]): DataTable {
  return {
    caption:
      'The Gulag’s population on 1 January and deaths during the year, 1930–1941, in persons: camps and colonies, and the two published series of deaths, never spliced',
    columns: [
      { label: 'Year' },
      { label: 'In camps (ITL), 1 January', numeric: true },
      { label: 'In colonies (ITK, with prisons to 1938), 1 January', numeric: true },
      { label: 'Deaths in the camps (Zemskov)', numeric: true },
      { label: 'Deaths, wider series (Applebaum)', numeric: true },
    ],
    rows: years.map((y) => ({
      id: ids.camps(y.year),
      cells: [
        String(y.year),
        formatCount(y.camps),
        orUnknown(y.colonies),
        orUnknown(y.campDeaths),
        formatCount(y.widerDeaths),
      ],
    })),
  };
}
