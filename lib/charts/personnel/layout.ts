import { formatChange, formatCount } from '@/lib/locale/format';

import { subtitleOn } from '@/lib/grammar/compose';
import { dumbbells, type DumbbellRow } from '@/lib/grammar/dumbbells';
import type { Scene } from '@/lib/grammar/scene';
import { palette, type Variant } from '@/lib/grammar/theme';
import type { Say } from '@/lib/text/messages';
import { personsAxis } from '../axes';
import type { SceneWords } from '../definition';
import { FROM_YEAR, TO_YEAR, YEARS, type PersonnelPoint, type PersonnelRow } from './series';

/** 1921 hollow in blue, 1925 filled in vermillion: the years differ by shape as well as colour. */
const KEYS = [
  { name: String(FROM_YEAR), fill: palette.paper, stroke: palette.blue },
  { name: String(TO_YEAR), fill: palette.vermillion, stroke: palette.vermillion },
];

/** The main finding in words, built from the figures so it cannot disagree with them. */
function describePersonnel(rows: readonly PersonnelRow[], say: Say): string {
  const parts = rows.map((row) => {
    const from = row.from?.count;
    const to = row.to?.count;
    const name = row.label.toLowerCase();
    if (from?.status === 'known' && to?.status === 'known' && row.change !== null)
      return say('describe-change', {
        name,
        direction: row.change < 0 ? 'fell' : 'rose',
        from: from.value,
        to: to.value,
        change: formatChange(say, row.change),
      });
    if (row.notComparable && from?.status === 'known' && to?.status === 'known')
      return say('describe-not-comparable', {
        name,
        from: from.value,
        to: to.value,
        ...YEARS,
        caveat: say('not-comparable'),
      });
    if (row.from === null && to?.status === 'known')
      return say('describe-later-only', { name, to: to.value, ...YEARS });
    return say('describe-unknown', { name });
  });
  return say('describe', { ...YEARS, parts: parts.join(say('describe-separator')) });
}

function pointLabel(say: Say, row: PersonnelRow, point: PersonnelPoint): string {
  const label = say('mark-point', {
    category: row.label,
    year: String(point.year),
    count: point.count.status === 'known' ? point.count.value : 'unknown',
  });
  return row.notComparable && point.year === TO_YEAR
    ? say('mark-point-caveat', { label, caveat: say('not-comparable') })
    : label;
}

/**
 * A category's two figures; one printed for one year has one dot and says so, and no value is
 * invented for the other year. The change in per cent ends the row where the data allows one.
 */
const dumbbellRow = (say: Say, row: PersonnelRow): DumbbellRow => ({
  label: row.label,
  points: [row.from, row.to].flatMap((point) =>
    point
      ? [
          {
            id: point.id,
            label: pointLabel(say, row, point),
            note: point.note,
            value: point.count,
            key: point.year === FROM_YEAR ? 0 : 1,
            text:
              point.count.status === 'known'
                ? formatCount(say, point.count.value)
                : say('point-unknown', { year: String(point.year) }),
          },
        ]
      : [],
  ),
  // The data says the two years may count different groups: a percentage would mislead.
  end:
    row.change !== null
      ? { text: formatChange(say, row.change) }
      : row.notComparable
        ? { text: say('change-not-comparable'), aside: true }
        : undefined,
  after: row.from === null && row.to !== null ? say('later-only', YEARS) : undefined,
});

/** A dumbbell per category: a hollow dot for 1921, a filled dot for 1925 on one scale of persons. */
export function personnelScene(
  rows: readonly PersonnelRow[],
  variant: Variant,
  { heading, source, credit, say }: SceneWords,
): Scene {
  return dumbbells(
    { keys: KEYS, rows: rows.map((row) => dumbbellRow(say, row)), axis: personsAxis(say) },
    variant,
    {
      title: heading.title,
      subtitle: subtitleOn(heading, variant),
      description: describePersonnel(rows, say),
      source,
      credit,
    },
  );
}
