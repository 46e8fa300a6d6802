import { max, scaleLinear, type ScaleLinear } from 'd3';

import { belowValueAxis, fittedTicks, valueAxis } from './axis';
import type { Shape } from './scene';
import { bold, text } from './shapes';
import type { ValueAxisWords } from './figure-rows';
import { columnHeading } from './chrome';
import { spacing, type Frame } from './theme';

/** A panel's place and its own value scale, upwards from its bottom. */
export interface Panel {
  top: number;
  bottom: number;
  y: ScaleLinear<number, number>;
}

/**
 * Panels stacked down the page that share one time axis but each have a value scale of their own:
 * a long series whose peak would flatten its quieter years gets a second panel for those years on
 * a scale that shows them, labelled as such, instead of a broken axis.
 */
export function stackedPanels(
  top: number,
  panels: readonly { height: number; values: readonly number[] }[],
  gap: number,
): Panel[] {
  let at = top;
  return panels.map((panel) => {
    const placed = {
      top: at,
      bottom: at + panel.height,
      y: scaleLinear()
        .domain([0, max(panel.values) ?? 1])
        .nice()
        .range([at + panel.height, at]),
    };
    at += panel.height + gap;
    return placed;
  });
}

/**
 * Where a frame puts a chart of two year panels: the years' column, each panel's width and the
 * gap between them when they stand side by side; stacked, both start right of the years' column.
 */
export interface PanelPlaces {
  label: number;
  widths: [number, number];
  gap: number;
  stacked: boolean;
}

/** Where a panel runs across the frame, from its start to its end. */
type Extent = [number, number];

/** The two panels' spans across the frame, for their scales. */
export function panelSpans(f: Frame, place: PanelPlaces): [Extent, Extent] {
  const [first, second] = place.widths;
  const x0 = f.margin + place.label;
  const x1 = place.stacked ? x0 : x0 + first + place.gap;
  return [
    [x0, x0 + first],
    [x1, x1 + second],
  ];
}

/** A panel of yearly rows on a value scale of its own, under its heading. */
interface YearPanel<Y> {
  heading: string;
  x: ScaleLinear<number, number>;
  rows: readonly Y[];
  /** Draws a year's marks on this panel's scale, at the row's middle. */
  drawRow: (year: Y, mid: number) => void;
}

/**
 * Panels of yearly rows, each on its own scale with its own axis in the chart's unit: side by side, the
 * years named once at the left (so a later panel's years must be the first panel's first years, in
 * its order), or one under the other on a narrow frame, each naming its years. The chart draws each
 * row's marks; this places the rows, the years and the axes, and says where the panels end.
 */
export function yearPanels<Y extends { year: number }>(
  f: Frame,
  top: number,
  spec: {
    panels: readonly YearPanel<Y>[];
    stacked: boolean;
    rowHeight: number;
    /** Every panel's value axis: its title (the unit) and how its ticks are written. */
    axis: ValueAxisWords;
    /** Room a row needs under its own height, for words beside the year set below it. */
    spaceBelow?: (year: Y) => number;
    /** Words that go with the year's name, where a chart has any. */
    besideYear?: (year: Y, mid: number) => Shape[];
  },
): { shapes: Shape[]; beneath: Shape[]; bottom: number } {
  const shapes: Shape[] = [];
  const beneath: Shape[] = [];
  // A heading wraps within its panel's room (to the next panel, or the frame's edge), and side by
  // side the rows of every panel start under the deepest heading, so that years stay in line.
  const headingOf = (panel: YearPanel<Y>, panelTop: number) => {
    const x0 = panel.x.range()[0]!;
    const next = spec.stacked ? undefined : spec.panels[spec.panels.indexOf(panel) + 1];
    const right = next ? next.x.range()[0]! - spacing.gap : f.width - f.margin;
    const heading = columnHeading(f, panel.heading, { x: x0, top: panelTop, width: right - x0 });
    return { shapes: heading.shapes, rowsFrom: panelTop + f.small + 10 + heading.deeper };
  };
  const drawPanel = (
    panel: YearPanel<Y>,
    panelTop: number,
    namesYears: boolean,
    rowsFrom = headingOf(panel, panelTop).rowsFrom,
  ) => {
    shapes.push(...headingOf(panel, panelTop).shapes);
    let rowTop = rowsFrom;
    for (const year of panel.rows) {
      const mid = rowTop + spec.rowHeight / 2;
      if (namesYears)
        shapes.push(
          text(f.margin, mid + 5, String(year.year), f.text, bold),
          ...(spec.besideYear?.(year, mid) ?? []),
        );
      panel.drawRow(year, mid);
      rowTop += spec.rowHeight + (spec.spaceBelow?.(year) ?? 0);
    }
    beneath.push(
      ...valueAxis(f, panel.x, {
        top: rowsFrom - 4,
        bottom: rowTop,
        ticks: fittedTicks(panel.x, f.small, spec.axis.format),
        ...spec.axis,
      }),
    );
    return rowTop;
  };
  const [first, ...later] = spec.panels;
  for (const panel of spec.stacked ? [] : later)
    if (panel.rows.some((year, i) => year.year !== first?.rows[i]?.year))
      throw new Error(`“${panel.heading}” has years the rows beside it do not name`);
  let bottom = top;
  if (spec.stacked)
    for (const panel of spec.panels) bottom = belowValueAxis(f, drawPanel(panel, bottom, true));
  else {
    const rowsFrom = Math.max(...spec.panels.map((panel) => headingOf(panel, top).rowsFrom));
    bottom = belowValueAxis(
      f,
      Math.max(...spec.panels.map((panel, i) => drawPanel(panel, top, i === 0, rowsFrom))),
    );
  }
  return { shapes, beneath, bottom };
}
