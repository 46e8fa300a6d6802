import { scaleUtc, type ScaleTime } from 'd3';

import { yearAxis } from './axis';
import { textBlock } from './chrome';
import { composeScene, stackParts, type Body, type ChartWords } from './compose';
import { spanBar } from './marks/span';
import { textWidth, wrapText } from './measure';
import type { Mark, Scene, Shape } from './scene';
import { bold, line, rect, text } from './shapes';
import { frame, palette, spacing, type Frame, type Variant } from './theme';
import { stackLabels } from './stack-labels';

type TimeScale = ScaleTime<number, number>;

/** What a span or an event is as a mark: its id, its accessible name and the data's note. */
type MarkWords = Pick<Mark, 'id' | 'label' | 'note'>;

/** A span on a lane: from and to on the time axis, open where it goes on past the axis. */
export interface LaneSpan extends MarkWords {
  from: number;
  to: number;
  open: boolean;
  fill: string;
  /** Its name, printed on its bar where it fits, under it where it does not. */
  name: string;
  /** Its dates and name, for a lane that a phone sets among the events. */
  words?: string;
}

/** An event: a bar over the time it covers, and its label. */
export interface TimeEvent extends MarkWords {
  from: number;
  to: number;
  words: string;
  fill: string;
}

/** Where a name on a bar starts after the bar's start, and the room it keeps before its end. */
const NAME_INSET = 6;
const NAME_ROOM = 10;
/** Between a lane's bar and the names under it, between rows of those names, and after them. */
const UNDER_BAR = 6;
const CALLOUT_GAP = 12;

/**
 * A lane of spans along the time axis, its name at the left: each span's name on its bar where it
 * fits, and otherwise under it, right-aligned to the bar's start (kept inside the frame), on the
 * first row where it touches no other.
 */
export function spanLane(
  f: Frame,
  x: TimeScale,
  { name, spans, height }: { name: string; spans: readonly LaneSpan[]; height: number },
  top: number,
): Body {
  if (spans.length === 0) return { shapes: [], marks: [], bottom: top };
  const shapes: Shape[] = [text(f.margin, top + height / 2 + f.text / 3, name, f.text, bold)];
  const callouts: { span: LaneSpan; x: number; width: number }[] = [];
  const marks = spans.map((span): Mark => {
    const [x0, x1] = [x(span.from), x(span.to)];
    const across = { across: top, thickness: height, fill: span.fill, open: span.open };
    const bar = spanBar({ from: x0, to: x1, ...across, direction: 'right' });
    const width = textWidth(span.name, f.small, 'bold');
    if (width + NAME_ROOM < x1 - x0) {
      bar.push(text(x0 + NAME_INSET, top + height / 2 + f.small / 3, span.name, f.small, bold));
    } else {
      callouts.push({ span, x: Math.min(x0, f.width - f.margin - width), width });
    }
    return { id: span.id, label: span.label, note: span.note, shapes: bar };
  });
  const y = top + height + UNDER_BAR;
  const rows = stackLabels(
    callouts.map((c) => ({ start: c.x, end: c.x + c.width })),
    CALLOUT_GAP,
  );
  const rowHeight = f.small + UNDER_BAR;
  callouts.forEach((callout, index) => {
    const mark = marks.find((m) => m.id === callout.span.id)!;
    const rowY = y + f.small + rows[index]! * rowHeight;
    mark.shapes.push(
      text(callout.x + callout.width, rowY, callout.span.name, f.small, { ...bold, anchor: 'end' }),
    );
  });
  const under = callouts.length > 0 ? (Math.max(...rows) + 1) * rowHeight + UNDER_BAR : 8;
  return { shapes, marks, bottom: y + under };
}

/**
 * Events along the time axis under their heading: a bar over the time each covers, and its label
 * below on the first free row, as many lines as it needs right of `left`, tied to its bar by a
 * leader line. A row of labels is as tall as the frame's small type and its leading.
 */
export function eventRows(
  f: Frame,
  x: TimeScale,
  { heading, events, left }: { heading: string; events: readonly TimeEvent[]; left: number },
  top: number,
): Body {
  const rowHeight = f.small + f.leading;
  if (events.length === 0) return { shapes: [], marks: [], bottom: top };
  const shapes: Shape[] = [text(f.margin, top + 14, heading, f.text, bold)];
  const marks: Mark[] = [];
  const labels = events.map((event) => {
    // A label wider than the room right of the lanes' names goes on as many lines as it needs.
    const lines = wrapText(event.words, f.width - f.margin - left, f.small);
    const width = Math.max(...lines.map((l) => textWidth(l, f.small)));
    const start = Math.max(left, Math.min(x(event.from), f.width - f.margin - width));
    return { event, from: x(event.from), to: x(event.to), lines, start, end: start + width };
  });
  const rows = stackLabels(labels.map((label) => ({ ...label, lines: label.lines.length })));
  labels.forEach((label, index) => {
    const labelY = top + 30 + rows[index]! * rowHeight;
    // Leader lines go beneath every label, and each label has a paper backing, so no line
    // crosses a word.
    shapes.push(
      line(label.from + 1, top + 16, label.from + 1, labelY - f.small + 2, palette.inkSoft),
    );
    const { id, note } = label.event;
    marks.push({
      id,
      label: label.event.label,
      note,
      shapes: [
        rect(label.from, top + 4, Math.max(4, label.to - label.from), 12, label.event.fill),
        // From just under the row above's descenders to just under its own, so that labels in
        // rows next to each other never cover each other's letters.
        rect(
          label.start - 2,
          labelY - rowHeight + 5,
          label.end - label.start + 4,
          (label.lines.length - 1) * rowHeight + rowHeight,
          palette.paper,
        ),
        ...label.lines.map((l, i) => text(label.start, labelY + i * rowHeight, l, f.small)),
      ],
    });
  });
  const rowsTaken = labels.map((label, index) => rows[index]! + label.lines.length);
  return { shapes, marks, bottom: top + 30 + Math.max(...rowsTaken) * rowHeight };
}

/**
 * A lane of spans as a chart declares it: its name, its bar's thickness on wide frames, and where
 * a phone puts it: as an `upright` bar beside the time axis (a phone has room for two), or as a
 * thin bar in the events' column, `withEvents`, its spans labelled as events are.
 */
interface TimeLane {
  name: string;
  height: number;
  spans: readonly DatedSpan[];
  narrow: 'upright' | 'withEvents';
}

/**
 * A span as a chart dates it: from its start to its end, or (`to` null) on past the axis's end.
 * The kind clips it to the axis, and a span that goes on past the axis ends in an arrowhead.
 */
type Dated<T extends { to: number }> = Omit<T, 'to' | 'open'> & { to: number | null };
type DatedSpan = Dated<LaneSpan>;

/** Lanes of spans over a time axis, and events under them, as a chart declares them. */
export interface TimeLanes {
  /** The time axis, from and to (UTC milliseconds), whole years. */
  domain: readonly [number, number];
  lanes: readonly TimeLane[];
  events: { heading: string; items: readonly Dated<TimeEvent>[] };
  /** The marks' ids in the order a keyboard or a screen reader meets them, in every frame. */
  readingOrder: readonly string[];
}

/** The lanes as drawn: every span and event clipped to the axis. */
type ClippedLane = Omit<TimeLane, 'spans'> & { spans: readonly LaneSpan[] };
type Clipped = Omit<TimeLanes, 'lanes' | 'events'> & {
  lanes: readonly ClippedLane[];
  events: { heading: string; items: readonly TimeEvent[] };
};

/**
 * Wide frames: the lanes top to bottom under one horizontal time axis, their names in a left
 * column as wide as the widest name drawn, and the events under them. A lane or events with
 * nothing to draw (a slide of some of them) take no room.
 */
function wideLanes(f: Frame, spec: Clipped, top: number): Body {
  const drawn = spec.lanes.filter((lane) => lane.spans.length > 0).map((lane) => lane.name);
  if (spec.events.items.length > 0) drawn.push(spec.events.heading);
  const left = f.margin + Math.max(...drawn.map((name) => textWidth(name, f.text, 'bold'))) + 12;
  const x = scaleUtc()
    .domain(spec.domain)
    .range([left, f.width - f.margin - 12]);
  const body = stackParts(top + 8, [
    ...spec.lanes.map((lane) => (y: number) => spanLane(f, x, lane, y)),
    (y) => eventRows(f, x, { heading: spec.events.heading, events: spec.events.items, left }, y),
  ]);
  const axis = yearAxis(f, x, { from: top, to: body.bottom }, 'horizontal');
  return {
    shapes: [...axis, ...body.shapes],
    marks: body.marks,
    bottom: body.bottom + f.small + 12,
  };
}

/** A phone's upright bars: this thick, and this tall for each year of the axis. */
const UPRIGHT_BAR = 14;
const PER_YEAR = 40;

/**
 * A phone: time runs down. After the years, the first upright lane's bar, one column of names
 * (the first lane's right of its bar, the second's left of theirs, so the column is as wide as
 * the widest name in the reader's language), the second lane's bar, then the events' column,
 * which also holds the `withEvents` lanes on a thin bar of their own beside the events'.
 */
function narrowLanes(f: Frame, spec: Clipped, top: number): Body {
  const upright = spec.lanes.filter((lane) => lane.narrow === 'upright');
  if (upright.length !== 2) throw new Error('A phone draws exactly two upright time lanes.');
  const [firstLane, secondLane] = upright as [ClippedLane, ClippedLane];
  const [start, end] = spec.domain.map((time) => new Date(time).getUTCFullYear()) as [
    number,
    number,
  ];
  const names = Math.max(
    ...upright.flatMap((lane) => lane.spans.map((s) => textWidth(s.name, f.small, 'bold'))),
  );
  const firstBar = f.margin + textWidth(String(start), f.small) + spacing.gap;
  const namesLeft = firstBar + UPRIGHT_BAR + 4;
  const secondBar = namesLeft + names + 4;
  const events = secondBar + UPRIGHT_BAR + spacing.gap;
  const eventLabelX = events + 16;
  // Each heading over its bar, the second lane's ending where its bar and names do; one that
  // would touch the one before it goes on a line of its own, under it.
  const headings = (
    [
      [firstLane.name, firstBar, 'start'],
      [secondLane.name, secondBar + UPRIGHT_BAR, 'end'],
      [spec.events.heading, events, 'start'],
    ] as const
  ).map(([words, x, anchor]) => {
    const width = textWidth(words, f.small, 'bold');
    return {
      x,
      anchor,
      words,
      start: anchor === 'end' ? x - width : x,
      end: x + (anchor === 'end' ? 0 : width),
    };
  });
  const headingRows = stackLabels(headings);
  const headingLine = f.small + 4;
  const shapes: Shape[] = headings.map(({ x, anchor, words }, i) =>
    text(x, top + 18 + headingRows[i]! * headingLine, words, f.small, { ...bold, anchor }),
  );
  const plotTop = top + 30 + Math.max(...headingRows) * headingLine;
  const y = scaleUtc()
    .domain(spec.domain)
    .range([plotTop, plotTop + (end - start) * PER_YEAR]);
  const marks: Mark[] = [];
  const firstNames: number[] = [];
  for (const lane of upright) {
    const first = lane === firstLane;
    lane.spans.forEach((span) => {
      let nameY = Math.min(y(span.from) + f.small, y.range()[1]! - 2);
      // A second-lane name level with a first-lane one goes a line under it.
      if (first) firstNames.push(nameY);
      else if (firstNames.some((other) => Math.abs(other - nameY) < headingLine))
        nameY += headingLine;
      const bar = spanBar({
        from: y(span.from),
        to: y(span.to),
        across: first ? firstBar : secondBar,
        thickness: UPRIGHT_BAR,
        direction: 'down',
        fill: span.fill,
        open: span.open,
      });
      const name = first
        ? text(namesLeft, nameY, span.name, f.small, bold)
        : text(secondBar - 4, nameY, span.name, f.small, { ...bold, anchor: 'end' });
      marks.push({ id: span.id, label: span.label, note: span.note, shapes: [...bar, name] });
    });
  }
  // The events' column: labels to the right, pushed down so that none prints over the one before.
  const column = [
    ...spec.lanes
      .filter((lane) => lane.narrow === 'withEvents')
      .flatMap((lane) => lane.spans.map((span) => ({ ...span, words: span.words ?? span.name })))
      .map((item) => ({ item, thin: true })),
    ...spec.events.items.map((item) => ({ item, thin: false })),
  ];
  let nextFree = plotTop;
  for (const { item, thin } of column) {
    const [barX, barWidth] = thin ? [events, 4] : [events + 6, 6];
    const label = textBlock(item.words, {
      x: eventLabelX,
      top: Math.max(y(item.from) - 4, nextFree),
      width: f.width - f.margin - eventLabelX,
      size: f.small,
    });
    nextFree = label.bottom + 6;
    const height = Math.max(4, y(item.to) - y(item.from));
    const stroke = thin ? palette.inkSoft : undefined;
    marks.push({
      id: item.id,
      label: item.label,
      note: item.note,
      shapes: [rect(barX, y(item.from), barWidth, height, item.fill, { stroke }), ...label.shapes],
    });
  }
  const axis = yearAxis(f, y, { from: firstBar, to: f.width - f.margin }, 'vertical');
  return {
    shapes: [...axis, ...shapes],
    marks,
    bottom: Math.max(y.range()[1]!, nextFree) + 16,
  };
}

/** A chart of time lanes in a frame: across on wide frames, down on a phone. */
export function timeLanes(dated: TimeLanes, variant: Variant, words: ChartWords): Scene {
  const f = frame[variant];
  const [start, end] = dated.domain;
  const clip = <T extends { from: number; to: number | null }>(item: T) => ({
    ...item,
    from: Math.max(item.from, start),
    to: Math.min(item.to ?? end, end),
    open: item.to === null || item.to > end,
  });
  const spec: Clipped = {
    ...dated,
    lanes: dated.lanes.map((lane) => ({ ...lane, spans: lane.spans.map(clip) })),
    events: { ...dated.events, items: dated.events.items.map(clip) },
  };
  const rank = (id: string) => spec.readingOrder.indexOf(id);
  return composeScene(f, words, (top) => {
    const body = variant === 'narrow' ? narrowLanes(f, spec, top) : wideLanes(f, spec, top);
    const marks = [...body.marks].sort((a, b) => rank(a.id) - rank(b.id));
    return { ...body, marks, bottom: body.bottom + 4 };
  });
}
