import { scaleUtc } from 'd3';

import { yearAxis } from '@/lib/grammar/axis';
import { textBlock } from '@/lib/grammar/chrome';
import {
  composeScene,
  stackParts,
  subtitleOn,
  type Body,
  type Heading,
} from '@/lib/grammar/compose';
import type { SceneWords } from '../definition';
import { numbered } from '@/lib/grammar/paging';
import { spanBar } from '@/lib/grammar/marks/span';
import type { Mark, Scene, Shape } from '@/lib/grammar/scene';
import { bold, rect, text } from '@/lib/grammar/shapes';
import { textWidth } from '@/lib/grammar/measure';
import {
  frame,
  palette,
  spacing,
  type Frame,
  type PageVariant,
  type Variant,
} from '@/lib/grammar/theme';
import type { Say } from '@/lib/text/messages';
import {
  TIMELINE_END,
  TIMELINE_START,
  inLane,
  spanText,
  surname,
  type TimelineEntry,
} from './series';
import { stackLabels } from '@/lib/grammar/stack-labels';
import { eventRows, spanLane } from '@/lib/grammar/time-lanes';

const AGENCY_COLOURS = [palette.sky, palette.orange, palette.green, palette.purple];
const HEAD_COLOURS = ['#d9d3c3', '#b9b19c'];
const EVENT_COLOUR = palette.vermillion;

const shortName = (entry: TimelineEntry) =>
  entry.kind === 'head' ? surname(entry.name) : entry.name.split(' (')[0]!;

const COMMISSARIAT_COLOUR = '#c6dbe8';

/** One colour per agency name, so the NKVD keeps its colour when it comes back in 1941. */
function fillFor(entry: TimelineEntry, lane: readonly TimelineEntry[]): string {
  const names = [...new Set(lane.map(shortName))];
  const index = names.indexOf(shortName(entry));
  if (entry.kind === 'agency') return AGENCY_COLOURS[index % AGENCY_COLOURS.length]!;
  if (entry.kind === 'head') return HEAD_COLOURS[index % HEAD_COLOURS.length]!;
  return entry.kind === 'commissariat' ? COMMISSARIAT_COLOUR : EVENT_COLOUR;
}

function describeTimeline(entries: readonly TimelineEntry[], say: Say): string {
  const dated = (entry: TimelineEntry, name: string) =>
    say('describe-entry', { name, dates: spanText(entry, say) });
  const agencies = entries.filter((e) => e.kind === 'agency').map((e) => dated(e, shortName(e)));
  const heads = entries.filter((e) => e.kind === 'head').map((e) => dated(e, e.name));
  return say('describe', {
    changes: agencies.length - 1,
    agencies: agencies.join(', '),
    heads: heads.join('; '),
  });
}

/** An entry as a mark names it: its kind, name and dates, and the data's note on it. */
const markWords = (say: Say, entry: TimelineEntry) => ({
  id: entry.id,
  label: say('mark', {
    kind: say('kind', { kind: entry.kind }),
    name: entry.name,
    dates: spanText(entry, say),
  }),
  note: entry.note || undefined,
});

const markFor = (say: Say, entry: TimelineEntry, shapes: Shape[]): Mark => ({
  ...markWords(say, entry),
  shapes,
});

/** An event's label: its dates and its name. */
const eventLabel = (entry: TimelineEntry, say: Say) =>
  say('event-label', { dates: spanText(entry, say), name: entry.name });

/** The span an entry covers on the axis, clipped to it; "open" when it goes on past the axis. */
function span(entry: TimelineEntry): { from: number; to: number; open: boolean } {
  const to = entry.end?.end ?? (inLane(entry) ? TIMELINE_END : entry.start.end);
  return {
    from: Math.max(entry.start.start, TIMELINE_START),
    to: Math.min(to, TIMELINE_END),
    open: to > TIMELINE_END || (inLane(entry) && entry.end === null),
  };
}

/** The lanes drawn as bars, top to bottom, with the name printed beside each. */
const LANES = [
  { kind: 'commissariat', height: 24 },
  { kind: 'agency', height: 32 },
  { kind: 'head', height: 32 },
] as const;

/** What a wide frame draws: the lanes, the events, or both (a slide shows one or the other). */
type Parts = { lanes: boolean; events: boolean };

/** The entries of one lane, each as a mark with the span it covers on the axis and its colour. */
function laneItems(say: Say, entries: readonly TimelineEntry[], kind: TimelineEntry['kind']) {
  const lane = entries.filter((e) => e.kind === kind);
  return lane.map((entry) => ({
    entry,
    ...markWords(say, entry),
    ...span(entry),
    fill: fillFor(entry, lane),
    name: shortName(entry),
  }));
}

function wideLayout(
  f: Frame,
  say: Say,
  entries: readonly TimelineEntry[],
  top: number,
  parts: Parts,
): Body {
  // The lane names take the left column; nothing is drawn over them.
  const lanes = [
    ...(parts.lanes ? LANES.map((l) => l.kind) : []),
    ...(parts.events ? ['event'] : []),
  ];
  const labels = lanes.map((lane) => say('lane', { lane }));
  const left = f.margin + Math.max(...labels.map((l) => textWidth(l, f.text, 'bold'))) + 12;
  const x = scaleUtc()
    .domain([TIMELINE_START, TIMELINE_END])
    .range([left, f.width - f.margin - 12]);
  const lane =
    ({ kind, height }: (typeof LANES)[number]) =>
    (y: number) =>
      spanLane(
        f,
        x,
        {
          name: say('lane', { lane: kind }),
          height,
          spans: laneItems(say, entries, kind),
        },
        y,
      );
  const events = (y: number) =>
    eventRows(
      f,
      x,
      {
        heading: say('lane', { lane: 'event' }),
        events: entries
          .filter((e) => e.kind === 'event')
          .map((entry) => ({
            ...markWords(say, entry),
            ...span(entry),
            words: eventLabel(entry, say),
            fill: EVENT_COLOUR,
          })),
        left,
      },
      y,
    );
  const body = stackParts(top + 8, [
    ...(parts.lanes ? LANES : []).map(lane),
    ...(parts.events ? [events] : []),
  ]);
  // The time axis, under everything.
  const axis = yearAxis(f, x, { from: top, to: body.bottom }, 'horizontal');
  return {
    shapes: [...axis, ...body.shapes],
    marks: body.marks,
    bottom: body.bottom + f.small + 12,
  };
}

/** A phone's lanes: upright bars of this thickness, each name after its bar. */
const NARROW_BAR = 14;

function narrowLayout(f: Frame, say: Say, entries: readonly TimelineEntry[], top: number): Body {
  // After the years: the agencies' bar, one column of names, the heads' bar, then the events.
  // Each agency's name stands right of its bar and each head's left of theirs, so the names share
  // one column, as wide as the widest in the reader's language, and leave the events the rest.
  const firstYear = new Date(TIMELINE_START).getUTCFullYear();
  const nameWidth = (entry: TimelineEntry) => textWidth(shortName(entry), f.small, 'bold');
  const names = Math.max(
    ...(['agency', 'head'] as const).flatMap((kind) =>
      laneItems(say, entries, kind).map(({ entry }) => nameWidth(entry)),
    ),
  );
  const agencyBar = f.margin + textWidth(String(firstYear), f.small) + spacing.gap;
  const namesLeft = agencyBar + NARROW_BAR + 4;
  const headBar = namesLeft + names + 4;
  const events = headBar + NARROW_BAR + spacing.gap;
  const eventLabelX = events + 16;
  // Each heading over its bar, the heads' ending where their bar and names do; one that would
  // touch the one before it goes on a line of its own, under it.
  const headings = (
    [
      ['agency', agencyBar, 'start'],
      ['head', headBar + NARROW_BAR, 'end'],
      ['event', events, 'start'],
    ] as const
  ).map(([lane, x, anchor]) => {
    const words = say('lane', { lane });
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

  const perYear = 40;
  const years = new Date(TIMELINE_END).getUTCFullYear() - firstYear;
  const y = scaleUtc()
    .domain([TIMELINE_START, TIMELINE_END])
    .range([plotTop, plotTop + years * perYear]);
  const marks: Mark[] = [];
  const agencyNames: number[] = [];
  for (const kind of ['agency', 'head'] as const) {
    laneItems(say, entries, kind).forEach(({ entry, from, to, open, fill }) => {
      const y0 = y(from);
      let nameY = Math.min(y0 + f.small, y(TIMELINE_END) - 2);
      // A head who took office as an agency was named goes a line under the agency's name.
      if (kind === 'agency') agencyNames.push(nameY);
      else if (agencyNames.some((other) => Math.abs(other - nameY) < headingLine))
        nameY += headingLine;
      const bar = [
        ...spanBar({
          from: y0,
          to: y(to),
          across: kind === 'agency' ? agencyBar : headBar,
          thickness: NARROW_BAR,
          direction: 'down',
          fill,
          open,
        }),
        kind === 'agency'
          ? text(namesLeft, nameY, shortName(entry), f.small, bold)
          : text(headBar - 4, nameY, shortName(entry), f.small, { ...bold, anchor: 'end' }),
      ];
      marks.push(markFor(say, entry, bar));
    });
  }

  // Events: labels to the right, pushed down so that none prints over the one before. The
  // commissariat the GPU belonged to shares their column, on a thin bar of its own beside theirs.
  let nextFree = plotTop;
  for (const entry of entries.filter((e) => !inLane(e))) {
    const { from, to } = span(entry);
    const [barX, barWidth] = entry.kind === 'commissariat' ? [events, 4] : [events + 6, 6];
    const label = textBlock(eventLabel(entry, say), {
      x: eventLabelX,
      top: Math.max(y(from) - 4, nextFree),
      width: f.width - f.margin - eventLabelX,
      size: f.small,
    });
    nextFree = label.bottom + 6;
    marks.push(
      markFor(say, entry, [
        rect(barX, y(from), barWidth, Math.max(4, y(to) - y(from)), fillFor(entry, []), {
          stroke: entry.kind === 'commissariat' ? palette.inkSoft : undefined,
        }),
        ...label.shapes,
      ]),
    );
  }

  const axis = yearAxis(f, y, { from: agencyBar, to: f.width - f.margin }, 'vertical');
  return { shapes: [...axis, ...shapes], marks, bottom: Math.max(y(TIMELINE_END), nextFree) + 16 };
}

function drawTimeline(
  entries: readonly TimelineEntry[],
  variant: Variant,
  { say, source, credit }: { say: Say; source: string; credit?: string },
  { title, heading, parts }: { title: string; heading: Heading; parts: Parts },
): Scene {
  const f = frame[variant];
  // A slide has room for the legend's gist only; the page gives it in full.
  const sub = subtitleOn(heading, variant);
  const description = describeTimeline(entries, say);
  const words = { title, subtitle: sub, description, source, credit };
  return composeScene(f, words, (top) => {
    const body =
      variant === 'narrow'
        ? narrowLayout(f, say, entries, top)
        : wideLayout(f, say, entries, top, parts);
    return { ...body, marks: inReadingOrder(body.marks, entries), bottom: body.bottom + 4 };
  });
}

const KIND_ORDER = ['agency', 'head', 'commissariat', 'event'] as const;

/** Marks in one order in every layout, for keyboard and screen-reader users: by kind, then date. */
function inReadingOrder(marks: readonly Mark[], entries: readonly TimelineEntry[]): Mark[] {
  const rank = (id: string) => {
    const index = entries.findIndex((e) => e.id === id);
    return KIND_ORDER.indexOf(entries[index]!.kind) * entries.length + index;
  };
  return [...marks].sort((a, b) => rank(a.id) - rank(b.id));
}

/** The whole chart, as a page shows it. */
export function timelineScene(
  entries: readonly TimelineEntry[],
  variant: PageVariant,
  { heading, say, source, credit }: SceneWords,
): Scene {
  return drawTimeline(
    entries,
    variant,
    { say, source, credit },
    {
      title: heading.title,
      heading,
      parts: { lanes: true, events: true },
    },
  );
}

/**
 * Slides on one time axis: the agencies and their heads, then the events in two halves, so that
 * the labels keep their projector size on a short screen and each slide names its own sources.
 */
export function timelineSlides(
  entries: readonly TimelineEntry[],
  { heading, say, sources }: SceneWords,
): Scene[] {
  const events = entries.filter((e) => e.kind === 'event');
  const half = Math.ceil(events.length / 2);
  const slides = [
    { shown: entries.filter((e) => e.kind !== 'event'), lanes: true },
    { shown: events.slice(0, half), lanes: false },
    { shown: events.slice(half), lanes: false },
  ];
  return slides.map(({ shown, lanes }, index) => {
    const title = say('slide-title', {
      title: numbered(say, heading.title, index, slides.length),
      part: lanes ? 'lanes' : 'events',
    });
    const scene = drawTimeline(
      shown,
      'projector',
      { say, source: sources.line([...new Set(shown.flatMap((e) => e.sources))]) },
      { title, heading, parts: { lanes, events: !lanes } },
    );
    // Each slide is described as the whole chart: together they are the chart.
    return { ...scene, description: describeTimeline(entries, say) };
  });
}
