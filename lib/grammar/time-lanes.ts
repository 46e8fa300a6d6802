import type { ScaleTime } from 'd3';

import type { Body } from './compose';
import { spanBar } from './marks/span';
import { textWidth, wrapText } from './measure';
import type { Mark, Shape } from './scene';
import { bold, line, rect, text } from './shapes';
import { palette, type Frame } from './theme';
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
