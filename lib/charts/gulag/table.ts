import { formatCount } from '@/lib/locale/format';

import type { SceneWords } from '../definition';
import type { DataTable } from '../table';
import { figureOrNone, ids, type GulagYear } from './series';

export function gulagTable(years: readonly GulagYear[], { say }: SceneWords): DataTable {
  return {
    caption: say('table-caption'),
    columns: [
      { label: say('col-year') },
      { label: say('col-camps'), numeric: true },
      { label: say('col-colonies'), numeric: true },
      { label: say('col-camp-deaths'), numeric: true },
      { label: say('col-wider-deaths'), numeric: true },
    ],
    rows: years.map((y) => ({
      id: ids.camps(y.year),
      cells: [
        String(y.year),
        formatCount(say, y.camps),
        say('cell-figure', { count: figureOrNone(y.colonies) }),
        say('cell-figure', { count: figureOrNone(y.campDeaths) }),
        formatCount(say, y.widerDeaths),
      ],
    })),
  };
}
