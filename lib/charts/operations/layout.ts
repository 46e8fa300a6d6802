import { formatCount } from '@/lib/locale/format';

import { millionsAxis } from '@/lib/charts/axes';
import type { SceneWords } from '@/lib/charts/definition';
import { describeRows, figureRowsChart, type FigureRowsSpec } from '@/lib/grammar/figure-rows';
import { palette } from '@/lib/grammar/theme';
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

/** A figure as its mark names it, with whose figure it is and how far checked. */
const named = (f: OperationFigure, sourceTitle: (name: string) => string) => ({
  id: f.id,
  label: `${f.label}: ${formatCount(f.value)} persons, ${f.period} (${sourceTitle(f.sourceName)}${f.attribution ? `; ${f.attribution}` : ''})`,
  note: f.note,
});

/** Every figure in words, with its limit and its death sentences: as a screen reader hears it. */
const describe = (groups: readonly OperationGroup[], _words: SceneWords) =>
  describeRows(
    groups,
    (r) =>
      `${r.figure.label}, ${formatCount(r.figure.value)}${r.limit ? ` (limit ${formatCount(r.limit.value)})` : ''}${r.subset ? `, of them ${formatCount(r.subset.value)} sentenced to death` : ''}`,
  );

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly OperationGroup[],
  { sources, say }: SceneWords,
): Omit<FigureRowsSpec<OperationRow>, 'ofWhich'> {
  const sourceTitle = sources.title;
  return {
    axis: millionsAxis(say),
    values: figuresOf(groups).map((fig) => fig.value),
    labelWidth: { wide: 330, projector: 400 },
    rightRoom: { wide: 230, narrow: 150, projector: 300 },
    ticks: { wide: 4, narrow: 3, projector: 4 },
    label: (row) => row.figure.label,
    caption: (row, variant) => caption(row.figure, sourceTitle, variant === 'projector'),
    isPart: (row) => row.part,
    projectorRowGap: 12,
    bar: ({ figure, limit, subset }) => ({
      ...named(figure, sourceTitle),
      value: figure.value,
      text: formatCount(figure.value),
      fill: COLOUR[figure.measure],
      ...(limit && {
        planned: {
          ...named(limit, sourceTitle),
          value: limit.value,
          text: `limit ${formatCount(limit.value)}`,
        },
      }),
      ...(subset && {
        subset: {
          ...named(subset, sourceTitle),
          value: subset.value,
          text: `${formatCount(subset.value)} to death`,
          fill: palette.vermillion,
        },
      }),
    }),
  };
}

/** The chart's rows in their groups, a slide for each group. */
export const operationsDrawing = figureRowsChart({
  spec,
  groups: (groups: readonly OperationGroup[]) => groups,
  describe,
  sourceNames: (row: OperationRow) => figuresOf([{ rows: [row] }]).map((f) => f.sourceName),
});
