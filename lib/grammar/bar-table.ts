import type { ScaleLinear } from 'd3';

import type { Quantity } from '@/lib/data/quantity';

import { valueAxis } from './axis';
import { acrossFrame, columnHeading, textBlock } from './chrome';
import { stackParts, type Body } from './compose';
import { bar } from './marks/bar';
import { unknownBox } from './marks/unknown';
import { textWidth } from './measure';
import { rowLabel, sectionHeading } from './rows';
import { zeroBasedScale } from './scale';
import type { Mark, Shape } from './scene';
import { aside, bold, soft, text } from './shapes';
import { frame, spacing, type Frame, type Variant } from './theme';

/** A cell's bar, and the space between its end and its value. */
const BAR = 20;
const VALUE_GAP = 6;
/** How wide an unknown cell's hatched box is, and where its words start after it. */
const UNKNOWN_BOX = 44;
/** Between the rows of cells a phone stacks under one label, and between one row and the next. */
const STACKED_GAP = 10;
const ROW_GAP = { stacked: 14, side: 10 };

/**
 * A column of the table: its cells share a scale of their own. `short` names it before each of
 * its cells on a phone, where one column holds every column's cells, one under another.
 */
export interface BarColumn {
  short: string;
  fill: string;
}

/** A cell: its figure, its mark's name, and its figure in words, for a row on no scale. */
interface BarCell {
  id: string;
  label: string;
  note?: string;
  value: Quantity;
  words: string;
}

/** A row: its label, what it includes, and a cell for each column, in the columns' order. */
export interface BarTableRow {
  label: string;
  detail: string;
  cells: readonly BarCell[];
}

/** The words any cell may need: an unknown's, an empty cell's, and how a value is written. */
export interface BarTableWords {
  unknown: string;
  notPrinted: string;
  format(value: number): string;
}

/** Where a column's cells start and its bars may end, and how far down a row its cells are. */
interface Place {
  x0: number;
  x1: number;
  dy: number;
}

/** A table laid out in a frame: its columns' places and scales, from the rows on its scales. */
export interface BarTable {
  f: Frame;
  variant: Variant;
  columns: readonly BarColumn[];
  places: Place[];
  scales: ScaleLinear<number, number>[];
  words: BarTableWords;
}

/** Beside the cells on a page, the rows' labels take a third of the width inside the margins. */
const labelColumn = (f: Frame) => (f.width - 2 * f.margin) / 3;

/**
 * A table of rows, each a label and a cell per column, every column of bars on a scale of its own.
 * On a page the labels stand beside the cells, on a slide above them, and the columns share the
 * width equally; on a phone one column holds every cell of a row, one under another, each after
 * its column's short name. A column's bars end where its widest value still fits after them; the
 * scales run from zero to the largest figure of the rows `scaled` gives.
 */
export function barTable(
  variant: Variant,
  columns: readonly BarColumn[],
  scaled: readonly BarTableRow[],
  words: BarTableWords,
): BarTable {
  const f = frame[variant];
  const valueRoom = (i: number) =>
    VALUE_GAP +
    spacing.gap +
    Math.max(
      ...scaled.map(({ cells: { [i]: cell } }) =>
        cell?.value.status === 'known' ? textWidth(words.format(cell.value.value), f.small) : 0,
      ),
    );
  const right = f.width - f.margin;
  let places: Place[];
  if (variant === 'narrow') {
    const names = Math.max(...columns.map((c) => textWidth(c.short, f.small)));
    const x0 = f.margin + Math.min(names + spacing.gap, (right - f.margin) / 2);
    places = columns.map((_, i) => ({ x0, x1: right - valueRoom(i), dy: i * (BAR + STACKED_GAP) }));
  } else {
    const start = variant === 'wide' ? f.margin + labelColumn(f) + 2 * spacing.gap : f.margin;
    const width = (right - start) / columns.length;
    places = columns.map((_, i) => {
      const x0 = start + i * width;
      const last = i === columns.length - 1;
      return { x0, x1: x0 + width - valueRoom(i) - (last ? 0 : 2 * spacing.gap), dy: 0 };
    });
  }
  const scales = places.map((place, i) =>
    zeroBasedScale(
      scaled.map((row) => row.cells[i]!.value),
      [place.x0, place.x1],
    ),
  );
  return { f, variant, columns, places, scales, words };
}

/**
 * One figure: a bar on its column's scale, its figure in words where its row is on no scale, a
 * hatched box where the source prints "?", words where it prints nothing. An unknown is never a
 * bar of zero length.
 */
function cellShapes(
  { f, words }: BarTable,
  cell: BarCell,
  scale: ScaleLinear<number, number> | null,
  x0: number,
  y: number,
  fill: string,
): Shape[] {
  const baseline = y + BAR / 2 + f.small * 0.35;
  const { value } = cell;
  if (value.status === 'unknown') {
    return [
      unknownBox(x0, y, UNKNOWN_BOX, BAR),
      text(x0 + UNKNOWN_BOX + spacing.gap, baseline, words.unknown, f.small, { italic: true }),
    ];
  }
  if (value.status === 'not-given') return [text(x0, baseline, words.notPrinted, f.small, aside)];
  if (scale === null) return [text(x0, baseline, cell.words, f.text, bold)];
  const end = scale(value.value);
  return [
    bar({ x0, x1: end, y, height: BAR, fill }),
    text(end + VALUE_GAP, baseline, words.format(value.value), f.small),
  ];
}

/** Rows of the table, on the columns' scales or (`onScale` false) as figures in words. */
export function barTableRows(
  table: BarTable,
  rows: readonly BarTableRow[],
  onScale: boolean,
  top: number,
): Body {
  const { f, variant, columns, places } = table;
  const narrow = variant === 'narrow';
  const labelsAbove = variant !== 'wide';
  const shapes: Shape[] = [];
  const marks: Mark[] = [];
  let y = top;
  for (const row of rows) {
    const label = rowLabel(f, row.label, row.detail, {
      x: f.margin,
      top: y,
      width: labelsAbove ? f.width - 2 * f.margin : labelColumn(f),
    });
    shapes.push(...label.shapes);
    // On a slide a label sits close over its bars and further from the row above, so each
    // label reads with its own bars.
    const cellsTop = labelsAbove ? label.bottom + (variant === 'projector' ? -4 : 2) : y + 2;
    columns.forEach((column, i) => {
      const place = places[i]!;
      const cell = row.cells[i]!;
      const cellY = cellsTop + place.dy;
      if (narrow)
        shapes.push(text(f.margin, cellY + BAR / 2 + f.small * 0.35, column.short, f.small, soft));
      marks.push({
        id: cell.id,
        label: cell.label,
        note: cell.note,
        shapes: cellShapes(
          table,
          cell,
          onScale ? table.scales[i]! : null,
          place.x0,
          cellY,
          column.fill,
        ),
      });
    });
    const cellsBottom = cellsTop + BAR + Math.max(...places.map((p) => p.dy));
    y = Math.max(label.bottom, cellsBottom) + (narrow ? ROW_GAP.stacked : ROW_GAP.side);
  }
  return { shapes, marks, bottom: y };
}

/**
 * Rows on the columns' scales under each column's heading, with each column's axis: beside the
 * labels on a page (where `lead`, if given, heads the labels' column) or under them on a slide.
 * A phone, whose one column holds every column's cells, draws no axes: `onPhone` heads the rows
 * and states the scales, from each column's largest value, in a note under them.
 */
export function barTableScaled(
  table: BarTable,
  rows: readonly BarTableRow[],
  {
    headings,
    lead,
    onPhone,
  }: {
    headings: readonly string[];
    lead?: string;
    onPhone: { heading: string; scales(largest: readonly number[]): string };
  },
  top: number,
): Body {
  if (table.variant === 'narrow') {
    const { f } = table;
    const note = onPhone.scales(table.scales.map((scale) => scale.domain()[1] ?? 0));
    return stackParts(top, [
      (y) => sectionHeading(f, onPhone.heading, y),
      (y) => barTableRows(table, rows, true, y),
      (y) => {
        const block = textBlock(note, { ...acrossFrame(f), top: y - 6, size: f.small, ...aside });
        return { shapes: block.shapes, marks: [], bottom: block.bottom + 10 };
      },
    ]);
  }
  const { f, places, scales, words } = table;
  const columnHeadings = headings.map((heading, i) => {
    const x = places[i]!.x0;
    const next = places[i + 1];
    const right = next ? next.x0 - spacing.gap : f.width - f.margin;
    return columnHeading(f, heading, { x, top, width: right - x });
  });
  const shapes: Shape[] = columnHeadings.flatMap((heading) => heading.shapes);
  if (lead) shapes.push(text(f.margin, top + f.small, lead, f.text, bold));
  const rowsTop = top + f.small + 12 + Math.max(...columnHeadings.map((h) => h.deeper));
  const drawn = barTableRows(table, rows, true, rowsTop);
  const axes = scales.map((scale) =>
    valueAxis(f, scale, {
      top: rowsTop - 4,
      bottom: drawn.bottom - 4,
      ticks: 3,
      format: words.format,
    }),
  );
  return {
    beneath: axes.reverse().flat(),
    shapes: [...shapes, ...drawn.shapes],
    marks: drawn.marks,
    bottom: drawn.bottom + f.small + 16,
  };
}
