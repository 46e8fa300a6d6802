import { formatCount, formatMillions } from '@/lib/format';

import { textBlock } from '../chrome';
import type { Heading } from '../compose';
import type { SourceWords } from '../definition';
import { figureRowSlides, figureRows, ofWhich, type FigureRowsSpec } from '../figure-rows';
import { pageUnits } from '../paging';
import { arrowhead } from '../marks/arrow';
import { bar } from '../marks/bar';
import { rangeBar } from '../marks/range';
import { valueLabel } from '../marks/value-label';
import type { Mark, Scene, Shape } from '../scene';
import { soft } from '../shapes';
import { palette, type PageVariant } from '../theme';
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

const figureLabel = (figure: Figure) =>
  figure.partOf === null ? figure.label : ofWhich(figure.label);

/**
 * Every figure in words, group by group, each with whose figure it is and how far it was checked:
 * the chart as a screen reader hears it.
 */
function describeDeportations(
  groups: readonly FigureGroup[],
  sourceTitle: (name: string) => string,
): string {
  const whose = (figure: Figure) =>
    figure.kind === 'source'
      ? 'lecture notes'
      : `${sourceTitle(figure.sourceName)}${figure.attribution ? `; ${figure.attribution}` : ''}`;
  return groups
    .map(
      (group) =>
        `${group.title}: ${group.figures
          .map((f) => `${figureLabel(f)}, ${f.period}: ${figureValue(f)} (${whose(f)})`)
          .join('; ')}.`,
    )
    .join(' ');
}

/** The chart's rows, drawn on the scale of every figure of `groups`. */
function spec(
  groups: readonly FigureGroup[],
  sourceTitle: (name: string) => string,
): FigureRowsSpec<Figure> {
  return {
    values: groups.flatMap((g) => g.figures.map((fig) => fig.high)),
    labelWidth: { wide: 360, projector: 440 },
    rightRoom: { wide: 170, narrow: 130, projector: 170 },
    ticks: { wide: 7, narrow: 3, projector: 7 },
    label: (figure) => figure.label,
    // On a slide the caption runs the full width under the bar: a line or two, not four.
    caption: (figure, variant) =>
      variant === 'projector' ? '' : figureCaption(figure, sourceTitle),
    isPart: (figure) => figure.partOf !== null,
    projectorRowGap: 6,
    draw(figure, { f, variant, barY, x0, x, labelBottom, indent, wholeBarY }) {
      const narrow = variant === 'narrow';
      const colour = KIND_COLOUR[figure.kind];
      const shapes: Shape[] = [];
      const decorations: Shape[] = [];
      const mid = barY + 10;
      // A bracket from the whole's bar down to each of its parts ties them together.
      if (wholeBarY !== null && !narrow)
        decorations.push({
          type: 'path',
          d: `M${x0 - 2},${wholeBarY + 16} H${x0 - 10} V${mid} H${x0 - 2}`,
          fill: 'none',
          stroke: palette.inkSoft,
          width: 2,
        });
      const end = x(figure.high);
      if (figure.low === figure.high) {
        const thin = figure.partOf === null ? 0 : 5;
        shapes.push(bar({ x0, x1: end, y: barY + thin, height: 20 - 2 * thin, fill: colour }));
        if (figure.qualifier === 'at least')
          shapes.push(
            arrowhead({
              at: end,
              from: barY - 4,
              to: barY + 24,
              length: 14,
              direction: 'right',
              fill: colour,
            }),
          );
      } else {
        shapes.push(...rangeBar({ x0: x(figure.low), x1: end, y: barY, height: 20, fill: colour }));
      }
      const value = valueLabel({
        text: figureValue(figure),
        size: f.small,
        y: mid + 5,
        start: figure.low === figure.high ? x0 : x(figure.low),
        end,
        gap: figure.qualifier === 'at least' ? 20 : 8,
        left: x0,
        right: f.width - f.margin,
        belowY: barY + 24 + f.small,
      });
      shapes.push(value.shape);
      const valueBottom = value.below ? barY + 24 + f.small + 4 : barY + 20;
      // On a slide the caption goes under the bar, across the width.
      const under =
        variant === 'projector'
          ? textBlock(figureCaption(figure, sourceTitle), {
              x: f.margin + indent,
              top: Math.max(labelBottom, valueBottom + 4) - 2,
              width: f.width - 2 * f.margin - indent,
              size: f.small,
              ...soft,
            })
          : null;
      decorations.push(...(under?.shapes ?? []));
      const mark: Mark = {
        id: figure.id,
        label: `${figureLabel(figure)}: ${figureValue(figure)} persons, ${figure.period} (${figure.kind === 'source' ? 'lecture notes' : sourceTitle(figure.sourceName)}${figure.attribution ? `; ${figure.attribution}` : ''})`,
        note: figure.note || undefined,
        shapes,
      };
      return {
        marks: [mark],
        shapes: decorations,
        bottom: Math.max(under?.bottom ?? 0, valueBottom),
      };
    },
  };
}

/** The whole chart, as a page shows it. */
export function deportationsScene(
  groups: readonly FigureGroup[],
  variant: PageVariant,
  heading: Heading,
  source: string,
  sourceTitle: (name: string) => string,
): Scene {
  return figureRows(spec(groups, sourceTitle), groups.map(asRows), variant, {
    title: heading.title,
    subtitle: heading.subtitle,
    description: describeDeportations(groups, sourceTitle),
    source,
  });
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
 * The chart on several slides, since its labels at projector size take more than one screen:
 * each group of figures in pages of a few rows, on the scale of the whole chart.
 */
export function deportationsSlides(
  groups: readonly FigureGroup[],
  heading: Heading,
  sources: SourceWords,
): Scene[] {
  return figureRowSlides(spec(groups, sources.title), groups.flatMap(pages), {
    subtitle: heading.slideSubtitle,
    description: describeDeportations(groups, sources.title),
    source: (page) => sources.line([...new Set(page.rows.map((figure) => figure.sourceName))]),
  });
}
