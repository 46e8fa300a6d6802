import { formatCount, formatMillions } from '@/lib/format';

import { belowValueAxis, valueAxis } from '../axis';
import { textBlock } from '../chrome';
import { composeScene, type Heading } from '../compose';
import { numbered, pageUnits } from '../paging';
import { groupHeading, partIndent, rowLabel } from '../rows';
import { arrowhead } from '../marks/arrow';
import { bar } from '../marks/bar';
import { rangeBar } from '../marks/range';
import { valueLabel } from '../marks/value-label';
import { zeroBasedScale } from '../scale';
import type { Mark, Scene, Shape } from '../scene';
import { frame, palette, type PageVariant, type Variant } from '../theme';
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

/** "of which, people resettled …": a part reads as a part of the figure drawn above it. */
const figureLabel = (figure: Figure) =>
  figure.partOf === null
    ? figure.label
    : `of which, ${figure.label.charAt(0).toLowerCase()}${figure.label.slice(1)}`;

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

function drawDeportations(
  groups: readonly FigureGroup[],
  variant: Variant,
  source: string,
  sourceTitle: (name: string) => string,
  { title, subtitle, shown }: { title: string; subtitle: string; shown: readonly FigureGroup[] },
): Scene {
  const f = frame[variant];
  const narrow = variant === 'narrow';
  // On a slide the caption runs the full width under its figure: a line or two, not four.
  const captionUnder = variant === 'projector';

  const labelWidth = narrow ? f.width - 2 * f.margin : captionUnder ? 440 : 360;
  const x0 = narrow ? f.margin : f.margin + labelWidth + 16;
  const x1 = f.width - f.margin - (narrow ? 130 : 170);
  const x = zeroBasedScale(
    groups.flatMap((g) => g.figures.map((fig) => fig.high)),
    [x0, x1],
  );
  const words = { title, subtitle, description: describeDeportations(groups, sourceTitle), source };

  return composeScene(f, words, (top) => {
    const decorations: Shape[] = [];
    const marks: Mark[] = [];
    let y = top + 4;
    const plotTop = y;
    const barBottoms = new Map<string, number>();
    for (const group of shown) {
      if (!captionUnder) {
        const heading = groupHeading(f, group.title, y);
        decorations.push(...heading.shapes);
        y = heading.bottom + 4;
      }
      for (const figure of group.figures) {
        // A part is indented under its whole and drawn thinner, so it reads as "of which".
        const indent = figure.partOf === null ? 0 : partIndent(narrow);
        const caption = figureCaption(figure, sourceTitle);
        // On a slide the caption goes under the bar, across the width; elsewhere under the label.
        const row = rowLabel(f, figureLabel(figure), captionUnder ? '' : caption, {
          x: f.margin + indent,
          top: y,
          width: labelWidth - indent,
        });
        decorations.push(...row.shapes);
        const barY = narrow ? row.bottom + 2 : y + 4;
        const colour = KIND_COLOUR[figure.kind];
        const shapes: Shape[] = [];
        const mid = barY + 10;
        // A bracket from the whole's bar down to each of its parts ties them together.
        const wholeBottom = figure.partOf === null ? undefined : barBottoms.get(figure.partOf);
        if (wholeBottom !== undefined && !narrow)
          decorations.push({
            type: 'path',
            d: `M${x0 - 2},${wholeBottom - 4} H${x0 - 10} V${mid} H${x0 - 2}`,
            fill: 'none',
            stroke: palette.inkSoft,
            width: 2,
          });
        barBottoms.set(figure.id, barY + 20);
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
          shapes.push(
            ...rangeBar({ x0: x(figure.low), x1: end, y: barY, height: 20, fill: colour }),
          );
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
        marks.push({
          id: figure.id,
          label: `${figureLabel(figure)}: ${figureValue(figure)} persons, ${figure.period} (${figure.kind === 'source' ? 'lecture notes' : sourceTitle(figure.sourceName)}${figure.attribution ? `; ${figure.attribution}` : ''})`,
          note: figure.note || undefined,
          shapes,
        });
        const under = captionUnder
          ? textBlock(caption, {
              x: f.margin + indent,
              top: Math.max(row.label.bottom, valueBottom + 4) - 2,
              width: f.width - 2 * f.margin - indent,
              size: f.small,
              fill: palette.inkSoft,
            })
          : null;
        decorations.push(...(under?.shapes ?? []));
        y =
          Math.max(under?.bottom ?? row.bottom, valueBottom) +
          (narrow ? 14 : captionUnder ? 6 : 12);
      }
      y += 8;
    }
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom: y,
        ticks: narrow ? 3 : 7,
        format: (v) => (v === 0 ? '0' : `${v / 1e6}M`),
        title: 'persons (M = million)',
      }),
      shapes: decorations,
      marks,
      bottom: belowValueAxis(f, y),
    };
  });
}

/** The whole chart, as a page shows it. */
export function deportationsScene(
  groups: readonly FigureGroup[],
  variant: PageVariant,
  heading: Heading,
  source: string,
  sourceTitle: (name: string) => string,
): Scene {
  return drawDeportations(groups, variant, source, sourceTitle, {
    title: heading.title,
    subtitle: heading.subtitle,
    shown: groups,
  });
}

/** At most this many rows of figures fit a slide with their captions at projector size. */
const ROWS_PER_SLIDE = 3;

/** A group's figures in pages of a few rows, a whole always with its parts. */
function pages(group: FigureGroup): FigureGroup[] {
  const units: Figure[][] = [];
  for (const figure of group.figures)
    if (figure.partOf !== null && units.length > 0) units.at(-1)!.push(figure);
    else units.push([figure]);
  return pageUnits(units, ROWS_PER_SLIDE).map((figures) => ({ ...group, figures }));
}

/**
 * The chart on several slides, since its labels at projector size take more than one screen:
 * each group of figures in pages of a few rows. Every slide keeps the scale of the whole chart,
 * so bars compare across slides.
 */
export function deportationsSlides(
  groups: readonly FigureGroup[],
  heading: Heading,
  sourceLine: (names: string[]) => string,
  sourceTitle: (name: string) => string,
): Scene[] {
  const slides = groups.flatMap(pages);
  return slides.map((page, index) =>
    drawDeportations(
      groups,
      'projector',
      sourceLine([...new Set(page.figures.map((figure) => figure.sourceName))]),
      sourceTitle,
      {
        // The group's name is the slide's title, so it is not repeated as a heading.
        title: numbered(page.title, index, slides.length),
        subtitle: heading.slideSubtitle,
        shown: [page],
      },
    ),
  );
}
