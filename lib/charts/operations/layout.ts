import { formatCount } from '@/lib/format';

import type { Heading } from '../compose';
import type { SourceWords } from '../definition';
import { figureRowSlides, figureRows, type FigureRowsSpec } from '../figure-rows';
import { bar } from '../marks/bar';
import { pairedBars } from '../marks/paired';
import type { Mark, Scene, Shape } from '../scene';
import { aside, bold, text, type TextStyle } from '../shapes';
import { textWidth } from '../text';
import { palette, type PageVariant } from '../theme';
import { figuresOf, type OperationFigure, type OperationGroup, type OperationRow } from './series';

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

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly OperationGroup[],
  sourceTitle: (name: string) => string,
): FigureRowsSpec<OperationRow> {
  return {
    values: figuresOf(groups).map((fig) => fig.value),
    labelWidth: { wide: 330, projector: 400 },
    rightRoom: { wide: 230, narrow: 150, projector: 300 },
    ticks: { wide: 4, narrow: 3, projector: 4 },
    label: (row) => row.figure.label,
    caption: (row, variant) => caption(row.figure, sourceTitle, variant === 'projector'),
    isPart: (row) => row.part,
    projectorRowGap: 12,
    draw(row, { f, barY, x0, x }) {
      const marks: Mark[] = [];
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
      const second = (words: string, style: TextStyle): Shape => {
        const after = end + 16 + textWidth(valueText, f.small, 'bold');
        const fits = after + textWidth(words, f.small, style.weight) <= f.width - f.margin;
        if (!fits) below += f.small + 6;
        return fits
          ? text(after, mid + 5, words, f.small, style)
          : text(x0, below, words, f.small, style);
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
          shapes: [pair.planned, second(`limit ${formatCount(row.limit.value)}`, aside)],
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
      main.shapes.push(text(end + 8, mid + 5, valueText, f.small, bold));
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
              ...bold,
              fill: palette.vermillion,
            }),
          ],
        });
      return { marks, shapes: [], bottom: below };
    },
  };
}

export function operationsScene(
  groups: readonly OperationGroup[],
  variant: PageVariant,
  heading: Heading,
  source: string,
  sourceTitle: (name: string) => string,
): Scene {
  return figureRows(spec(groups, sourceTitle), groups, variant, {
    title: heading.title,
    subtitle: heading.subtitle,
    description: describe(groups),
    source,
  });
}

/** One slide per group of figures, all on the chart's one scale. */
export function operationsSlides(
  groups: readonly OperationGroup[],
  heading: Heading,
  sources: SourceWords,
): Scene[] {
  return figureRowSlides(spec(groups, sources.title), groups, {
    subtitle: heading.slideSubtitle,
    description: describe(groups),
    source: (page) => sources.line([...new Set(figuresOf([page]).map((fig) => fig.sourceName))]),
  });
}
