import type { ScaleLinear } from 'd3';

import type { Quantity } from '@/lib/data/quantity';

import { belowValueAxis, fittedTicks, valueAxis } from './axis';
import { columnHeading } from './chrome';
import type { ValueAxisWords } from './figure-rows';
import { stackedBar, UNKNOWN_PART } from './marks/stack';
import { textWidth } from './measure';
import { zeroBasedScale } from './scale';
import type { Mark, Shape } from './scene';
import { bold, text } from './shapes';
import { spacing, type Frame } from './theme';

/** One part of a year's bar: a mark of its own, its figure printed after the row's bars. */
interface PanelPart {
  id: string;
  label: string;
  note?: string;
  /** Unknown: a hatched box after the known parts, never a part of zero. */
  value: Quantity;
  fill: string;
  figure: string;
  /** Its figure set bold in its colour, to say which bar it goes with. */
  emphasised?: boolean;
}

/** A year's row of a panel: its lanes, one under the other, each of parts end to end. */
export interface PanelRow {
  year: number;
  lanes: readonly (readonly PanelPart[])[];
}

/** A panel of yearly rows on a value scale of its own, under its heading. */
export interface YearPanel {
  heading: string;
  rows: readonly PanelRow[];
  /** Side by side, the panel's share of the width their bars take. */
  weight: number;
}

/** A row is its bar and the space between rows that rows of bars keep at the frame's type size. */
const rowHeightOf = (f: Frame) => spacing.panelBar + Math.round(f.text * spacing.row);
/** The width the panels stand apart side by side. */
const PANEL_GAP = 2 * spacing.gap;

const sumOf = (lane: readonly PanelPart[]) =>
  lane.reduce((sum, part) => sum + (part.value.status === 'known' ? part.value.value : 0), 0);
const unknownsOf = (lane: readonly PanelPart[]) =>
  lane.filter((part) => part.value.status !== 'known').length;

/** A row's figures after its bars, in the order of its parts, and their width together. */
function figuresOf(f: Frame, row: PanelRow) {
  const parts = row.lanes.flat();
  const widths = parts.map((p) => textWidth(p.figure, f.small, p.emphasised ? 'bold' : undefined));
  return {
    parts,
    widths,
    width: widths.reduce((a, b) => a + b) + spacing.gap * (widths.length - 1),
  };
}

/**
 * How far right of its scale's start a row's bars run, for a scale `span` wide: the longest lane,
 * its unknown parts boxed after its known ones.
 */
function rowEnd(row: PanelRow, niceMax: number, span: number): number {
  return Math.max(
    ...row.lanes.map((lane) => {
      const known = (span * sumOf(lane)) / niceMax;
      const unknowns = unknownsOf(lane);
      if (unknowns === 0) return known;
      return (sumOf(lane) > 0 ? known + 4 : 0) + unknowns * (UNKNOWN_PART + 4) - 4;
    }),
  );
}

/**
 * The width a panel takes with a scale `span` wide: its longest row with its figures, or its
 * heading on one line where it has to keep to one.
 */
function panelNeed(f: Frame, panel: YearPanel): (span: number, heading: boolean) => number {
  const niceMax = zeroBasedScale(
    panel.rows.flatMap((row) => row.lanes.map(sumOf)),
    [0, 1],
  ).domain()[1]!;
  const figures = panel.rows.map((row) => spacing.gap + figuresOf(f, row).width);
  const headingWidth = textWidth(panel.heading, f.small, 'bold');
  return (span, heading) => {
    const rows = Math.max(...panel.rows.map((row, i) => rowEnd(row, niceMax, span) + figures[i]!));
    return heading ? Math.max(rows, headingWidth) : rows;
  };
}

/** The largest `k` for which `need(k)` stays within `room`, found by halving. */
function largestWithin(room: number, need: (k: number) => number): number {
  let [low, high] = [0, room];
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (need(mid) <= room) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * Panels of yearly rows, each on its own scale with its own axis in the chart's unit: side by side,
 * the years named once at the left (so every panel names the same years, in order), or one under
 * the other on a narrow frame, each naming its years. Every place is measured: the years' column
 * is the widest year; side by side, the scales share the width by the panels' weights, as wide as
 * leaves each panel room for its longest row with its figures, and for its heading on one line.
 */
export function yearPanels(
  f: Frame,
  top: number,
  spec: {
    panels: readonly YearPanel[];
    stacked: boolean;
    /** Every panel's value axis: its title (the unit) and how its ticks are written. */
    axis: ValueAxisWords;
  },
): { shapes: Shape[]; beneath: Shape[]; marks: Mark[]; bottom: number } {
  const [first, ...later] = spec.panels;
  for (const panel of spec.stacked ? [] : later)
    if (panel.rows.some((row, i) => row.year !== first?.rows[i]?.year))
      throw new Error(`“${panel.heading}” has years the rows beside it do not name`);

  const years = spec.panels.flatMap((panel) => panel.rows.map((row) => String(row.year)));
  const x0 = f.margin + Math.max(...years.map((y) => textWidth(y, f.text, 'bold'))) + spacing.gap;
  const room = f.width - f.margin - x0;
  const totalWeight = spec.panels.reduce((sum, panel) => sum + panel.weight, 0);
  const needs = spec.panels.map((panel) => panelNeed(f, panel));
  const sideBySide = (k: number) =>
    spec.panels.reduce(
      (sum, panel, i) => sum + needs[i]!((k * panel.weight) / totalWeight, true),
      PANEL_GAP * (spec.panels.length - 1),
    );
  const k = spec.stacked ? 0 : largestWithin(room, sideBySide);
  let start = x0;
  const placed = spec.panels.map((panel, i) => {
    const span = spec.stacked
      ? largestWithin(room, (s) => needs[i]!(s, false))
      : (k * panel.weight) / totalWeight;
    const x = zeroBasedScale(
      panel.rows.flatMap((row) => row.lanes.map(sumOf)),
      [start, start + span],
    );
    const width = spec.stacked ? room : needs[i]!(span, true);
    const at = { panel, x, width };
    if (!spec.stacked) start += width + PANEL_GAP;
    return at;
  });

  const shapes: Shape[] = [];
  const beneath: Shape[] = [];
  const marks: Mark[] = [];
  const rowHeight = rowHeightOf(f);
  const headingOf = ({ panel, x, width }: (typeof placed)[number], panelTop: number) => {
    const heading = columnHeading(f, panel.heading, { x: x.range()[0]!, top: panelTop, width });
    return { shapes: heading.shapes, rowsFrom: panelTop + f.small + 10 + heading.deeper };
  };
  const drawPanel = (at: (typeof placed)[number], rowsFrom: number, namesYears: boolean) => {
    let rowTop = rowsFrom;
    for (const row of at.panel.rows) {
      const mid = rowTop + rowHeight / 2;
      if (namesYears)
        shapes.push(text(f.margin, mid + spacing.baseline(f.text), String(row.year), f.text, bold));
      marks.push(...rowMarks(f, at.x, row, mid));
      rowTop += rowHeight;
    }
    beneath.push(
      ...valueAxis(f, at.x, {
        top: rowsFrom - 4,
        bottom: rowTop,
        ticks: fittedTicks(at.x, f.small, spec.axis.format),
        ...spec.axis,
      }),
    );
    return rowTop;
  };

  let bottom = top;
  if (spec.stacked)
    for (const at of placed) {
      const heading = headingOf(at, bottom);
      shapes.push(...heading.shapes);
      bottom = belowValueAxis(f, drawPanel(at, heading.rowsFrom, true));
    }
  else {
    const headings = placed.map((at) => headingOf(at, top));
    shapes.push(...headings.flatMap((heading) => heading.shapes));
    const rowsFrom = Math.max(...headings.map((heading) => heading.rowsFrom));
    bottom = belowValueAxis(
      f,
      Math.max(...placed.map((at, i) => drawPanel(at, rowsFrom, i === 0))),
    );
  }
  return { shapes, beneath, marks, bottom };
}

/**
 * A row's marks: each lane a bar of its parts, the lanes split the bar's height between them,
 * and each part's figure after the row's longest lane, in order.
 */
function rowMarks(f: Frame, x: ScaleLinear<number, number>, row: PanelRow, mid: number): Mark[] {
  const lanes = row.lanes.length;
  const laneHeight = (spacing.panelBar - spacing.laneGap * (lanes - 1)) / lanes;
  const barTop = mid - spacing.panelBar / 2;
  const barShapes = row.lanes.map((lane, i) =>
    stackedBar({
      scale: x,
      y: barTop + i * (laneHeight + spacing.laneGap),
      height: laneHeight,
      parts: lane,
    }),
  );
  const { parts, widths } = figuresOf(f, row);
  const [start] = x.range() as [number, number];
  const niceMax = x.domain()[1]!;
  let at = start + rowEnd(row, niceMax, x.range()[1]! - start) + spacing.gap;
  const baseline = mid + spacing.baseline(f.small);
  const shapesOf = barShapes.flat();
  return parts.map((part, i) => {
    const figure = text(
      at,
      baseline,
      part.figure,
      f.small,
      part.emphasised ? { ...bold, fill: part.fill } : undefined,
    );
    at += widths[i]! + spacing.gap;
    return { id: part.id, label: part.label, note: part.note, shapes: [...shapesOf[i]!, figure] };
  });
}
