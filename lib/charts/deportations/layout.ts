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

export function figureValue(say: Say, figure: Figure): string {
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
const whose = (figure: Figure, { sources, say }: SceneWords) => {
  if (figure.kind === 'source') return say('whose-notes');
  const source = sources.title(figure.sourceName);
  return figure.attribution
    ? say('whose-attributed', { source, attribution: figure.attribution })
    : source;
};

/** A figure in words, with whose it is; `key` is the message that sets them out. */
const inWords = (key: string, figure: Figure, words: SceneWords) =>
  words.say(key, {
    label: figureLabel(words.say, figure),
    value: figureValue(words.say, figure),
    period: figure.period,
    whose: whose(figure, words),
  });

/** Every figure in words, with whose it is: the chart as a screen reader hears it. */
const describeDeportations = (groups: readonly FigureGroup[], words: SceneWords) =>
  describeRows(groups.map(asRows), (f) => inWords('describe-figure', f, words));

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly FigureGroup[],
  words: SceneWords,
): Omit<FigureRowsSpec<Figure>, 'ofWhich'> {
  return {
    axis: millionsAxis(words.say),
    values: groups.flatMap((g) => g.figures.map((fig) => fig.high)),
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
