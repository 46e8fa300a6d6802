import { formatChange, formatCount } from '@/lib/locale/format';

import { textBlock } from '@/lib/grammar/chrome';
import { composeScene } from '@/lib/grammar/compose';
import { personsAxis } from '../axes';
import type { SceneWords } from '../definition';
import { dot, link } from '@/lib/grammar/marks/dot';
import { unknownBox } from '@/lib/grammar/marks/unknown';
import { zeroBasedScale } from '@/lib/grammar/scale';
import { aside, bold, text } from '@/lib/grammar/shapes';
import { valueAbove } from '@/lib/grammar/marks/value-label';
import { belowValueAxis, valueAxis } from '@/lib/grammar/axis';
import type { Mark, Scene, Shape } from '@/lib/grammar/scene';
import { frame, palette, type Variant } from '@/lib/grammar/theme';
import type { Say } from '@/lib/text/messages';
import { FROM_YEAR, TO_YEAR, YEARS, type PersonnelPoint, type PersonnelRow } from './series';

const YEAR_STYLE = {
  [FROM_YEAR]: { fill: palette.paper, stroke: palette.blue },
  [TO_YEAR]: { fill: palette.vermillion, stroke: palette.vermillion },
} as Record<number, { fill: string; stroke: string }>;

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
 * A dumbbell per category: a hollow dot for 1921, a filled dot for 1925 on one scale of persons,
 * the change in per cent beside it. A category printed for one year has one dot and says so; no
 * value is invented for the other year.
 */
export function personnelScene(
  rows: readonly PersonnelRow[],
  variant: Variant,
  { heading, source, credit, say }: SceneWords,
): Scene {
  const f = frame[variant];
  const narrow = variant === 'narrow';
  const subtitle = variant === 'projector' ? heading.slideSubtitle : heading.subtitle;
  const words = {
    title: heading.title,
    subtitle,
    description: describePersonnel(rows, say),
    source,
    credit,
  };
  return composeScene(f, words, (headerBottom) => {
    const legendY = headerBottom + f.small;
    const legend: Shape[] = [FROM_YEAR, TO_YEAR].flatMap<Shape>((year, index) => {
      const x = f.margin + index * 100;
      const style = YEAR_STYLE[year]!;
      return [
        dot({ cx: x + 7, cy: legendY - 5, r: 7, ...style }),
        text(x + 20, legendY, String(year), f.small),
      ];
    });

    // Wide enough on a slide for the longest category, “Civilians/informants”, on one line.
    const labelWidth = narrow ? 0 : variant === 'projector' ? 300 : 210;
    const changeWidth = narrow ? 0 : 90;
    const x0 = f.margin + labelWidth + 12;
    const x1 = f.width - f.margin - changeWidth - 12;
    const x = zeroBasedScale(
      rows.flatMap((r) => [r.from?.count, r.to?.count]),
      [x0, x1],
    );

    const rowHeight = narrow ? 92 : 66;
    const plotTop = legendY + 14;
    const decorations: Shape[] = [...legend];
    const marks: Mark[] = [];

    rows.forEach((row, index) => {
      const top = plotTop + index * rowHeight;
      const dotY = narrow ? top + f.text + 24 : top + rowHeight / 2 + 6;
      const valueY = narrow ? dotY + 26 : dotY - 15;
      const label = textBlock(row.label, {
        x: f.margin,
        top: narrow ? top : dotY - f.text * 0.9,
        width: narrow ? f.width - 2 * f.margin - 80 : labelWidth,
        size: f.text,
        ...bold,
      });
      decorations.push(...label.shapes);

      const points = [row.from, row.to].filter((p): p is PersonnelPoint => p !== null);
      const xs = points.map((p) => (p.count.status === 'known' ? x(p.count.value) : x0));
      if (xs.length === 2)
        decorations.push(link({ x1: xs[0]!, x2: xs[1]!, y: dotY, stroke: palette.inkSoft }));

      points.forEach((point, i) => {
        const style = YEAR_STYLE[point.year]!;
        const year = String(point.year);
        const cx = xs[i]!;
        const shapes: Shape[] =
          point.count.status === 'known'
            ? [
                dot({ cx, cy: dotY, r: 8, ...style }),
                valueAbove(f, cx, valueY, formatCount(say, point.count.value)),
              ]
            : [
                unknownBox(cx - 8, dotY - 8, 16, 16),
                text(cx + 14, dotY + 5, say('point-unknown', { year }), f.small, { italic: true }),
              ];
        marks.push({ id: point.id, label: pointLabel(say, row, point), note: point.note, shapes });
      });

      const changeX = narrow ? f.width - f.margin : x1 + 12 + changeWidth;
      const changeY = narrow ? top + f.text : dotY + 6;
      if (row.change !== null)
        decorations.push(
          text(changeX, changeY, formatChange(say, row.change), f.text, { ...bold, anchor: 'end' }),
        );
      // The data says the two years may count different groups: a percentage would mislead.
      else if (row.notComparable)
        decorations.push(
          text(changeX, changeY, say('change-not-comparable'), f.small, {
            ...aside,
            anchor: 'end',
          }),
        );
      else if (row.from === null && row.to !== null)
        decorations.push(
          text(
            narrow ? f.margin : (xs[0] ?? x0) + 16,
            narrow ? valueY + f.small + 6 : dotY + 5,
            say('later-only', YEARS),
            f.small,
            aside,
          ),
        );
    });

    const plotBottom = plotTop + rows.length * rowHeight + (narrow ? 12 : 0);
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom: plotBottom,
        ticks: narrow ? 3 : 5,
        ...personsAxis(say),
      }),
      shapes: decorations,
      marks,
      bottom: belowValueAxis(f, plotBottom),
    };
  });
}
