import { known } from '@/lib/data/quantity';
import type { OperationRecord } from '@/lib/data/records';
import { describeRows, figureRowsChart, type FigureRowsSpec } from '@/lib/grammar/figure-rows';
import { palette } from '@/lib/grammar/theme';
import { formatCount } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';

import { millionsAxis } from './axes';
import {
  attributed,
  cellOf,
  countHeadline,
  defineChart,
  resourceOf,
  type SceneWords,
} from './definition';
import { figureMark, ofFigures, sourcedFigure, whose, type SourcedFigure } from './sourced-figure';
import { keyedTable } from './table';

const DATASET = 'mass-operations-1937-38';

interface OperationFigure extends SourcedFigure {
  kind: OperationRecord['kind'];
  measure: OperationRecord['measure'];
  value: number;
}

/** A row of the chart: a result or a count, with the limit it answers and its subset, if any. */
interface OperationRow {
  figure: OperationFigure;
  limit: OperationFigure | null;
  /** "Of them, sentenced to death": drawn inside the row's bar. */
  subset: OperationFigure | null;
  /** A part of the row above ("of which"). */
  part: boolean;
}

interface OperationGroup {
  title: string;
  rows: OperationRow[];
}

/** Every figure of the chart, rows, limits and subsets alike. */
const figuresOf = (groups: readonly { rows: readonly OperationRow[] }[]): OperationFigure[] =>
  groups.flatMap((g) =>
    g.rows.flatMap((r) => [
      r.figure,
      ...(r.limit ? [r.limit] : []),
      ...(r.subset ? [r.subset] : []),
    ]),
  );

/** Death sentences in dark red, as on every chart of this site; other counts in blues. */
const COLOUR = {
  arrested: palette.blue,
  sentenced: palette.sky,
  'to camps': palette.sky,
  'to death': palette.vermillion,
} as const;

/** A figure as its mark names it, with whose figure it is and how far checked. */
const named = (f: OperationFigure, words: SceneWords) =>
  figureMark(f, formatCount(words.say, f.value), words);

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly OperationGroup[],
  words: SceneWords,
): Omit<FigureRowsSpec<OperationRow>, 'ofWhich'> {
  const { say, sources } = words;
  return {
    axis: millionsAxis(say),
    values: figuresOf(groups).map((fig) => fig.value),
    label: (row) => row.figure.label,
    // Whose figure it is, when, and how far checked; a slide, whose title dates it, leaves out when.
    caption: ({ figure }, variant) =>
      [
        sources.title(figure.sourceName),
        variant !== 'projector' && figure.period,
        figure.attribution !== null && say('attribution-short-unchecked'),
      ]
        .filter((part) => part !== false)
        .join(say('caption-separator')),
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
const drawing = figureRowsChart({
  spec,
  groups: (groups: readonly OperationGroup[]) => groups,
  // Every figure in words, with its limit and its death sentences: as a screen reader hears it.
  describe: (groups, { say }) =>
    describeRows(groups, ({ figure, limit, subset }) =>
      say('describe-row', {
        label: figure.label,
        count: figure.value,
        limit: limit?.value ?? 'none',
        toDeath: subset?.value ?? 'none',
      }),
    ),
  sourceNames: (row: OperationRow) => figuresOf([{ rows: [row] }]).map((f) => f.sourceName),
});

export const massOperationsChart = defineChart({
  slug: 'mass-operations',
  datasets: [DATASET],
  // The chart's groups and rows as the data names and orders them.
  read(pkg, say): OperationGroup[] {
    const records = pkg.records[DATASET];
    const figure = (r: OperationRecord): OperationFigure => ({
      ...sourcedFigure(pkg, say, r),
      kind: r.kind,
      measure: r.measure,
      value: r.value,
    });
    const byId = new Map(records.map((r) => [r.id, r]));
    return (resourceOf(pkg, DATASET).groups ?? []).map((group) => ({
      title: group.title,
      rows: records
        .filter((r) => r.group === group.name && r.kind !== 'limit' && r.subset_of === '')
        .map((r) => {
          const limit = r.against ? byId.get(r.against) : undefined;
          const subset = records.find((s) => s.subset_of === r.id);
          return {
            figure: figure(r),
            limit: limit ? figure(limit) : null,
            subset: subset ? figure(subset) : null,
            part: r.part_of !== '',
          };
        }),
    }));
  },
  ...ofFigures((groups: readonly OperationGroup[]) => figuresOf(groups)),
  ...drawing,
  table: (groups, words) =>
    keyedTable(
      words.say,
      ['figure', 'kind', { key: 'persons', numeric: true }, 'period', 'source'],
      figuresOf(groups).map((f) => ({
        id: f.id,
        cells: [
          f.label,
          words.say('cell-kind', { kind: f.kind }),
          formatCount(words.say, f.value),
          f.period,
          whose(f, words),
        ],
      })),
    ),
  figures: (pkg) => pkg.records[DATASET].map((r) => [r.id, cellOf(DATASET, r, 'value')] as const),
  headline(groups, { say }) {
    const toDeath = (r: OperationRow) => r.limit !== null && r.figure.measure === 'to death';
    const group = groups.find((g) => g.rows.some(toDeath))!;
    const row = group.rows.find(toDeath)!;
    const label = say('headline', {
      toDeath: attributed(
        say('headline-to-death', { operation: group.title.split(':')[0]! }),
        row.figure.attribution,
      ),
      limit: attributed(formatCount(say, row.limit!.value), row.limit!.attribution),
    });
    return countHeadline(say, row.figure.value, 'persons', label);
  },
  explorer: (groups, { say }) => ({
    measures: [{ key: 'value', label: say('explorer-persons'), unit: dataText(say, 'persons') }],
    rows: figuresOf(groups).map((f) => ({
      id: f.id,
      label: say('explorer-figure', { label: f.label, kind: f.kind }),
      values: { value: known(f.value) },
    })),
  }),
});
