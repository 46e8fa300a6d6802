import { formatCount } from '@/lib/format';

import { belowValueAxis, valueAxis } from '../axis';
import { composeScene, type Heading } from '../compose';
import { bar } from '../marks/bar';
import { pairedBars } from '../marks/paired';
import { numbered } from '../paging';
import { groupHeading, partIndent, rowLabel } from '../rows';
import { zeroBasedScale } from '../scale';
import type { Mark, Scene, Shape } from '../scene';
import { textWidth } from '../text';
import { frame, palette, type PageVariant, type Variant } from '../theme';
import { figuresOf, type OperationFigure, type OperationGroup } from './series';

/** Death sentences in dark red, as on every chart of this site; other counts in blues. */
const COLOUR = {
  arrested: palette.blue,
  sentenced: palette.sky,
  'to camps': palette.sky,
  'to death': palette.vermillion,
} as const;

/** Whose figure it is, when, and how far checked; a slide, whose title dates it, leaves out when. */
const caption = (f: OperationFigure, sourceTitle: (name: string) => string, slide: boolean) =>
  `${sourceTitle(f.sourceName)}${slide ? '' : ` · ${f.period}`}${f.attribution ? ' · seen quoted, original unchecked' : ''}`;

const markLabel = (f: OperationFigure, sourceTitle: (name: string) => string) =>
  `${f.label}: ${formatCount(f.value)} persons, ${f.period} (${sourceTitle(f.sourceName)}${f.attribution ? `; ${f.attribution}` : ''})`;

/** Every figure in words, group by group: the chart as a screen reader hears it. */
function describe(groups: readonly OperationGroup[]): string {
  return groups
    .map(
      (g) =>
        `${g.title}: ${g.rows
          .map(
            (r) =>
              `${r.figure.label}, ${formatCount(r.figure.value)}${r.limit ? ` (limit ${formatCount(r.limit.value)})` : ''}${r.subset ? `, of them ${formatCount(r.subset.value)} sentenced to death` : ''}`,
          )
          .join('; ')}.`,
    )
    .join(' ');
}

function draw(
  groups: readonly OperationGroup[],
  shown: readonly OperationGroup[],
  variant: Variant,
  words: { title: string; subtitle: string; source: string },
  sourceTitle: (name: string) => string,
): Scene {
  const f = frame[variant];
  const narrow = variant === 'narrow';
  const slide = variant === 'projector';
  const labelWidth = narrow ? f.width - 2 * f.margin : slide ? 400 : 330;
  const x0 = narrow ? f.margin : f.margin + labelWidth + 16;
  const x1 = f.width - f.margin - (narrow ? 150 : slide ? 300 : 230);
  const x = zeroBasedScale(
    figuresOf(groups).map((fig) => fig.value),
    [x0, x1],
  );
  return composeScene(f, { ...words, description: describe(groups) }, (top) => {
    const shapes: Shape[] = [];
    const marks: Mark[] = [];
    let y = top + 4;
    const plotTop = y;
    for (const group of shown) {
      if (!slide) {
        const heading = groupHeading(f, group.title, y);
        shapes.push(...heading.shapes);
        y = heading.bottom + 4;
      }
      for (const row of group.rows) {
        const indent = row.part ? partIndent(narrow) : 0;
        const label = rowLabel(
          f,
          row.part
            ? `of which, ${row.figure.label.charAt(0).toLowerCase()}${row.figure.label.slice(1)}`
            : row.figure.label,
          caption(row.figure, sourceTitle, slide),
          { x: f.margin + indent, top: y, width: labelWidth - indent },
        );
        shapes.push(...label.shapes);
        const barY = narrow ? label.bottom + 2 : y + 4;
        const mid = barY + 10;
        const end = Math.max(x(row.figure.value), row.limit ? x(row.limit.value) : 0);
        const valueText = formatCount(row.figure.value);
        const main: Mark = {
          id: row.figure.id,
          label: markLabel(row.figure, sourceTitle),
          note: row.figure.note || undefined,
          shapes: [],
        };
        let below = barY + 20;
        // A limit or a count of deaths follows the figure on its line, or, where the line has no
        // room left (a phone), goes on a line of its own under the bar.
        const second = (
          text: string,
          style: Pick<Extract<Shape, { type: 'text' }>, 'italic' | 'weight' | 'fill'>,
        ): Shape => {
          const after = end + 16 + textWidth(valueText, f.small, 'bold');
          const fits = after + textWidth(text, f.small, style.weight) <= f.width - f.margin;
          if (!fits) below += f.small + 6;
          return {
            type: 'text',
            x: fits ? after : x0,
            y: fits ? mid + 5 : below,
            text,
            size: f.small,
            ...style,
          };
        };
        if (row.limit) {
          const pair = pairedBars({
            scale: x,
            y: barY,
            height: 20,
            planned: row.limit.value,
            result: row.figure.value,
            fill: COLOUR[row.figure.measure],
            stroke: palette.ink,
          });
          main.shapes.push(pair.result);
          marks.push({
            id: row.limit.id,
            label: markLabel(row.limit, sourceTitle),
            note: row.limit.note || undefined,
            shapes: [
              pair.planned,
              second(`limit ${formatCount(row.limit.value)}`, {
                italic: true,
                fill: palette.inkSoft,
              }),
            ],
          });
        } else {
          main.shapes.push(
            bar({
              x0,
              x1: x(row.figure.value),
              y: barY,
              height: 20,
              fill: COLOUR[row.figure.measure],
            }),
          );
        }
        main.shapes.push({
          type: 'text',
          x: end + 8,
          y: mid + 5,
          text: valueText,
          size: f.small,
          weight: 'bold',
        });
        marks.push(main);
        if (row.subset)
          marks.push({
            id: row.subset.id,
            label: markLabel(row.subset, sourceTitle),
            note: row.subset.note || undefined,
            shapes: [
              bar({
                x0,
                x1: x(row.subset.value),
                y: barY + 5,
                height: 10,
                fill: palette.vermillion,
              }),
              second(`${formatCount(row.subset.value)} to death`, {
                weight: 'bold',
                fill: palette.vermillion,
              }),
            ],
          });
        y = Math.max(label.bottom, below) + (narrow ? 14 : 12);
      }
      y += 8;
    }
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom: y,
        ticks: narrow ? 3 : 4,
        format: (v) => (v === 0 ? '0' : `${v / 1e6}M`),
        title: 'persons (M = million)',
      }),
      shapes,
      marks,
      bottom: belowValueAxis(f, y),
    };
  });
}

export function operationsScene(
  groups: readonly OperationGroup[],
  variant: PageVariant,
  heading: Heading,
  source: string,
  sourceTitle: (name: string) => string,
): Scene {
  return draw(
    groups,
    groups,
    variant,
    { title: heading.title, subtitle: heading.subtitle, source },
    sourceTitle,
  );
}

/** One slide per group of figures, all on the chart's one scale. */
export function operationsSlides(
  groups: readonly OperationGroup[],
  heading: Heading,
  sourceLine: (names: string[]) => string,
  sourceTitle: (name: string) => string,
): Scene[] {
  return groups.map((group, index) =>
    draw(
      groups,
      [group],
      'projector',
      {
        title: numbered(group.title, index, groups.length),
        subtitle: heading.slideSubtitle,
        source: sourceLine([...new Set(figuresOf([group]).map((fig) => fig.sourceName))]),
      },
      sourceTitle,
    ),
  );
}
