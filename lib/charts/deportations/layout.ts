import { formatCount, formatMillions } from '@/lib/locale/format';

import { millionsAxis } from '@/lib/charts/axes';
import type { SceneWords } from '@/lib/charts/definition';
import type { Say } from '@/lib/text/messages';
import {
  describeRows,
  figureRowsChart,
  ofWhich,
  type FigureRowsSpec,
} from '@/lib/grammar/figure-rows';
import { pageUnits } from '@/lib/grammar/paging';
import { palette } from '@/lib/grammar/theme';
import type { Figure, FigureGroup } from './series';

const KIND_COLOUR = { source: palette.blue, scholarship: palette.vermillion } as const;

export function figureValue(figure: Figure): string {
  // A range is given in millions, as its authors give it; a single figure in full.
  const value =
    figure.low === figure.high
      ? formatCount(figure.low)
      : `${figure.low / 1e6}–${formatMillions(figure.high)}`;
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}

function figureCaption(figure: Figure, sourceTitle: (name: string) => string): string {
  const who =
    figure.kind === 'source'
      ? `Lecture notes, “${figure.asPrinted}”`
      : sourceTitle(figure.sourceName);
  const confidence = figure.attribution === null ? '' : ` · ${shortAttribution(figure)}`;
  const families = figure.families === null ? '' : ` · ${formatCount(figure.families)} families`;
  const period = who.includes(figure.period) ? '' : ` · ${figure.period}`;
  return `${who}${period}${families}${confidence}`;
}

/** A caption already names the work, so it needs only the gist of the attribution. */
const shortAttribution = (figure: Figure) =>
  figure.confidence === 'reported' ? 'page not recorded' : 'seen quoted, original unchecked';

const figureLabel = (say: Say, figure: Figure) =>
  figure.partOf === null ? figure.label : ofWhich(say, figure.label);

/** Whose figure it is, and how far it was checked. */
const whose = (figure: Figure, sourceTitle: (name: string) => string) =>
  figure.kind === 'source'
    ? 'lecture notes'
    : `${sourceTitle(figure.sourceName)}${figure.attribution ? `; ${figure.attribution}` : ''}`;

/** Every figure in words, with whose it is: the chart as a screen reader hears it. */
const describeDeportations = (groups: readonly FigureGroup[], { sources, say }: SceneWords) =>
  describeRows(
    groups.map(asRows),
    (f) => `${figureLabel(say, f)}, ${f.period}: ${figureValue(f)} (${whose(f, sources.title)})`,
  );

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly FigureGroup[],
  { sources, say }: SceneWords,
): Omit<FigureRowsSpec<Figure>, 'ofWhich'> {
  const sourceTitle = sources.title;
  return {
    axis: millionsAxis(say),
    values: groups.flatMap((g) => g.figures.map((fig) => fig.high)),
    labelWidth: { wide: 360, projector: 440 },
    rightRoom: { wide: 170, narrow: 130, projector: 170 },
    ticks: { wide: 7, narrow: 3, projector: 7 },
    label: (figure) => figure.label,
    caption: (figure) => figureCaption(figure, sourceTitle),
    isPart: (figure) => figure.partOf !== null,
    captionUnderOnSlides: true,
    brackets: true,
    projectorRowGap: 6,
    bar: (figure) => ({
      id: figure.id,
      label: `${figureLabel(say, figure)}: ${figureValue(figure)} persons, ${figure.period} (${whose(figure, sourceTitle)})`,
      note: figure.note,
      text: figureValue(figure),
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

const asRows = (group: FigureGroup) => ({ title: group.title, rows: group.figures });

/** At most this many rows of figures fit a slide with their captions at projector size. */
const ROWS_PER_SLIDE = 3;

/** A group's figures in pages of a few rows, a whole always with its parts. */
function pages(group: FigureGroup) {
  const units: Figure[][] = [];
  for (const figure of group.figures)
    if (figure.partOf !== null && units.length > 0) units.at(-1)!.push(figure);
    else units.push([figure]);
  return pageUnits(units, ROWS_PER_SLIDE).map((rows) => ({ title: group.title, rows }));
}

/**
 * The chart's rows in their groups; on slides, since its labels at projector size take more than
 * one screen, each group in pages of a few rows.
 */
export const deportationsDrawing = figureRowsChart({
  spec,
  groups: (groups: readonly FigureGroup[]) => groups.map(asRows),
  pages: (groups) => groups.flatMap(pages),
  describe: describeDeportations,
  sourceNames: (figure: Figure) => [figure.sourceName],
});
