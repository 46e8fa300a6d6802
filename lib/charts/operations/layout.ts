import { formatCount } from '@/lib/locale/format';

import { millionsAxis } from '@/lib/charts/axes';
import type { SceneWords } from '@/lib/charts/definition';
import { describeRows, figureRowsChart, type FigureRowsSpec } from '@/lib/grammar/figure-rows';
import { palette } from '@/lib/grammar/theme';
import type { Say } from '@/lib/text/messages';
import { figuresOf, type OperationFigure, type OperationGroup, type OperationRow } from './series';

/** Death sentences in dark red, as on every chart of this site; other counts in blues. */
const COLOUR = {
  arrested: palette.blue,
  sentenced: palette.sky,
  'to camps': palette.sky,
  'to death': palette.vermillion,
} as const;

/** Whose figure it is, when, and how far checked; a slide, whose title dates it, leaves out when. */
const caption = (f: OperationFigure, { sources, say }: SceneWords, slide: boolean) =>
  [
    sources.title(f.sourceName),
    !slide && f.period,
    f.attribution !== null && say('attribution-short-unchecked'),
  ]
    .filter((part) => part !== false)
    .join(say('caption-separator'));

/** Whose figure it is, and how far it was checked. */
export const whose = (f: OperationFigure, { sources, say }: SceneWords) => {
  const source = sources.title(f.sourceName);
  return f.attribution ? say('whose-attributed', { source, attribution: f.attribution }) : source;
};

/** A figure as its mark names it, with whose figure it is and how far checked. */
const named = (f: OperationFigure, words: SceneWords) => ({
  id: f.id,
  label: words.say('mark-figure-persons', {
    label: f.label,
    value: formatCount(words.say, f.value),
    period: f.period,
    whose: whose(f, words),
  }),
  note: f.note,
});

/** Every figure in words, with its limit and its death sentences: as a screen reader hears it. */
const describe = (groups: readonly OperationGroup[], { say }: SceneWords) =>
  describeRows(groups, (r) => describeRow(say, r));

const describeRow = (say: Say, { figure, limit, subset }: OperationRow) =>
  say('describe-row', {
    label: figure.label,
    count: figure.value,
    limit: limit?.value ?? 'none',
    toDeath: subset?.value ?? 'none',
  });

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly OperationGroup[],
  words: SceneWords,
): Omit<FigureRowsSpec<OperationRow>, 'ofWhich'> {
  const { say } = words;
  return {
    axis: millionsAxis(say),
    values: figuresOf(groups).map((fig) => fig.value),
    label: (row) => row.figure.label,
    caption: (row, variant) => caption(row.figure, words, variant === 'projector'),
    isPart: (row) => row.part,
    captionUnderOnSlides: true,
    bar: ({ figure, limit, subset }) => ({
      ...named(figure, words),
      value: figure.value,
      text: formatCount(say, figure.value),
      fill: COLOUR[figure.measure],
      ...(limit && {
        planned: {
          ...named(limit, words),
          value: limit.value,
          text: say('bar-limit', { count: limit.value }),
        },
      }),
      ...(subset && {
        subset: {
          ...named(subset, words),
          value: subset.value,
          text: say('bar-to-death', { count: subset.value }),
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
