import { known } from '@/lib/data/quantity';
import type { ValidatedPackage } from '@/lib/data/validate-package';
import type { CollectivisationRecord, Confidence, ScholarshipRecord } from '@/lib/data/records';
import {
  describeRows,
  figureRowsChart,
  ofWhich,
  type FigureRowsSpec,
} from '@/lib/grammar/figure-rows';
import { palette } from '@/lib/grammar/theme';
import { formatCount, formatMillions } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';
import type { Say } from '@/lib/text/messages';

import { millionsAxis } from './axes';
import {
  attributed,
  cellOf,
  countHeadline,
  defineChart,
  resourceOf,
  type SceneWords,
} from './definition';
import { ofFigures, sourcedFigure, whose, type SourcedFigure } from './sourced-figure';
import { keyedTable } from './table';

interface Figure extends SourcedFigure {
  /** Whose figure it is: the lecture notes, or a work of scholarship. */
  kind: 'source' | 'scholarship';
  qualifier: string;
  /** A single figure, or a range; low equals high for a single figure. */
  low: number;
  high: number;
  asPrinted: string | null;
  confidence: Confidence | null;
  /** The id of the figure this one is a part of, drawn under it as "of which". */
  partOf: string | null;
  /** A count of families given beside the people, where the work gives one. */
  families: number | null;
}

/** A group of figures, as figure rows take them. */
interface FigureGroup {
  title: string;
  rows: Figure[];
}

/** The chart's groups, and the grain figures the notes set before the deportations. */
interface Deportations {
  groups: FigureGroup[];
  grain: CollectivisationRecord[];
}

function fromSource(record: CollectivisationRecord, sourceName: string): Figure {
  return {
    id: record.id,
    label: record.figure,
    kind: 'source',
    sourceName,
    period: record.period,
    qualifier: record.qualifier,
    low: record.value,
    high: record.value,
    asPrinted: record.as_printed,
    confidence: null,
    attribution: null,
    partOf: null,
    note: record.reading,
    families: null,
  };
}

function fromScholarship(pkg: ValidatedPackage, say: Say, record: ScholarshipRecord): Figure {
  const single = record.value.status === 'known' ? record.value.value : null;
  const low = single ?? (record.low.status === 'known' ? record.low.value : NaN);
  const high = single ?? (record.high.status === 'known' ? record.high.value : NaN);
  if (Number.isNaN(low) || Number.isNaN(high))
    throw new Error(
      `scholarship.csv, row "${record.id}": a value or a low and high range is needed for the chart.`,
    );
  const families = pkg.records.scholarship.find((r) => r.families_of === record.id)?.value;
  return {
    ...sourcedFigure(pkg, say, record),
    kind: 'scholarship',
    qualifier: record.qualifier,
    low,
    high,
    asPrinted: null,
    confidence: record.confidence,
    partOf: record.part_of || null,
    families: families?.status === 'known' ? families.value : null,
  };
}

/**
 * The chart's groups of figures, as the data names and orders them: in each, the lecture notes'
 * figures first, then those of records and scholarship, a part right after its whole. A group
 * that the data leaves empty stops the build, so the chart never quietly loses its figures.
 */
function readDeportations(pkg: ValidatedPackage, say: Say): Deportations {
  const { collectivisation, scholarship } = pkg.records;
  const resource = resourceOf(pkg, 'collectivisation');
  const notes = resource.sourceNames[0]!;
  const groups = (resource.groups ?? []).map((group) => {
    const figures = [
      ...collectivisation.filter((r) => r.group === group.name).map((r) => fromSource(r, notes)),
      ...scholarship.filter((r) => r.group === group.name).map((r) => fromScholarship(pkg, say, r)),
    ];
    if (figures.length === 0)
      throw new Error(`The deportations chart's group "${group.name}" has no figures in the data.`);
    return { title: group.title, rows: figures };
  });
  return { groups, grain: collectivisation.filter((r) => r.unit === 'million tonnes') };
}

const KIND_COLOUR = { source: palette.blue, scholarship: palette.vermillion } as const;

function figureValue(say: Say, figure: Figure): string {
  // A range is given in millions, as its authors give it; a single figure in full.
  const value =
    figure.low === figure.high
      ? formatCount(say, figure.low)
      : say('value-range', {
          low: formatCount(say, figure.low / 1e6),
          high: formatMillions(say, figure.high),
        });
  return figure.qualifier ? say('value-qualified', { qualifier: figure.qualifier, value }) : value;
}

function figureCaption(figure: Figure, { sources, say }: SceneWords): string {
  const who =
    figure.kind === 'source'
      ? say('caption-notes', { printed: figure.asPrinted ?? '' })
      : sources.title(figure.sourceName);
  const parts = [
    who,
    !who.includes(figure.period) && figure.period,
    figure.families !== null && say('caption-families', { count: figure.families }),
    // A caption already names the work, so it needs only the gist of the attribution.
    figure.attribution !== null &&
      say(
        figure.confidence === 'reported'
          ? 'attribution-short-reported'
          : 'attribution-short-unchecked',
      ),
  ];
  return parts.filter((part) => part !== false).join(say('caption-separator'));
}

const figureLabel = (say: Say, figure: Figure) =>
  figure.partOf === null ? figure.label : ofWhich(say, figure.label);

/** Whose figure it is, and how far it was checked. */
const whoseFigure = (figure: Figure, words: SceneWords) =>
  figure.kind === 'source' ? words.say('whose-notes') : whose(figure, words);

/** A figure in words, with whose it is; `key` is the message that sets them out. */
const inWords = (key: string, figure: Figure, words: SceneWords) =>
  words.say(key, {
    label: figureLabel(words.say, figure),
    value: figureValue(words.say, figure),
    period: figure.period,
    whose: whoseFigure(figure, words),
  });

/** Every figure in words, with whose it is: the chart as a screen reader hears it. */
const describeDeportations = ({ groups }: Deportations, words: SceneWords) =>
  describeRows(groups, (f) => inWords('describe-figure', f, words));

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  { groups }: Deportations,
  words: SceneWords,
): Omit<FigureRowsSpec<Figure>, 'ofWhich'> {
  return {
    axis: millionsAxis(words.say),
    values: groups.flatMap((g) => g.rows.map((fig) => fig.high)),
    label: (figure) => figure.label,
    caption: (figure) => figureCaption(figure, words),
    isPart: (figure) => figure.partOf !== null,
    captionUnderOnSlides: true,
    brackets: true,
    bar: (figure) => ({
      id: figure.id,
      label: inWords('mark-figure-persons', figure, words),
      note: figure.note,
      text: figureValue(words.say, figure),
      fill: KIND_COLOUR[figure.kind],
      ...(figure.low === figure.high
        ? {
            value: figure.low,
            atLeast: figure.qualifier === 'at least',
            thin: figure.partOf !== null,
          }
        : { low: figure.low, high: figure.high }),
    }),
  };
}

/**
 * The chart's rows in their groups; on slides, since its labels at projector size take more than
 * one screen, each group in pages of at most three rows.
 */
const deportationsDrawing = figureRowsChart({
  spec,
  groups: ({ groups }: Deportations) => groups,
  rowsPerSlide: 3,
  describe: describeDeportations,
  sourceNames: (figure: Figure) => [figure.sourceName],
});

export const deportationsChart = defineChart({
  slug: 'deportations',
  datasets: ['collectivisation', 'scholarship'],
  read: readDeportations,
  ...ofFigures(({ groups }: Deportations) => groups.flatMap((g) => g.rows)),
  ...deportationsDrawing,
  // The figures in persons, then the grain figures that the notes set before the deportations:
  // not drawn (another unit, and only a reading of the source), but kept in the table.
  table: ({ groups, grain }, { sources, say }) =>
    keyedTable(
      say,
      ['figure', { key: 'value', numeric: true }, 'period', 'whose', 'confidence'],
      [
        ...groups.flatMap((group) =>
          group.rows.map((figure) => ({
            id: figure.id,
            cells: [
              say('cell-figure', { group: group.title, figure: figure.label }),
              say('cell-persons', { value: figureValue(say, figure) }),
              figure.period,
              figure.kind === 'source'
                ? say('cell-notes', { printed: figure.asPrinted ?? '' })
                : sources.title(figure.sourceName),
              say('cell-confidence', { confidence: figure.confidence ?? 'printed' }),
            ],
          })),
        ),
        ...grain.map((record) => ({
          id: record.id,
          cells: [
            record.figure,
            say('cell-reading-value', {
              value: String(record.value),
              unit: dataText(say, record.unit),
            }),
            record.period,
            say('cell-notes', { printed: record.as_printed }),
            say('cell-reading', {
              confidence: say('cell-confidence', { confidence: record.reading_confidence }),
            }),
          ],
        })),
      ],
    ),
  // Each row is a mark of its own: the notes' figures, and the scholarship set beside them.
  figures: (pkg) => [
    ...pkg.records.collectivisation.map(
      (r) => [r.id, cellOf('collectivisation', r, 'value')] as const,
    ),
    ...pkg.records.scholarship
      .filter((r) => r.dataset === 'collectivisation')
      .map((r) => [r.id, cellOf('scholarship', r, 'value')] as const),
  ],
  headline({ groups }, { say }) {
    const largest = groups[0]!.rows
      .filter((f) => f.kind === 'scholarship')
      .reduce((a, b) => (b.high > a.high ? b : a));
    // Its label, after the unit and in lower case: "2,437,062 persons deported or resettled …".
    const what = `${largest.label.charAt(0).toLowerCase()}${largest.label.slice(1)}`;
    return countHeadline(
      say,
      largest.high,
      'persons',
      attributed(say('headline', { what, period: largest.period }), largest.attribution),
    );
  },
  explorer: ({ groups }, { sources, say }) => ({
    measures: [
      { key: 'low', label: say('explorer-low'), unit: dataText(say, 'persons') },
      { key: 'high', label: say('explorer-high'), unit: dataText(say, 'persons') },
    ],
    rows: groups
      .flatMap((g) => g.rows)
      .map((f) => ({
        id: f.id,
        label: say('explorer-figure', {
          label: f.label,
          whose: f.kind === 'source' ? say('explorer-notes') : sources.title(f.sourceName),
        }),
        values: { low: known(f.low), high: known(f.high) },
      })),
  }),
});
