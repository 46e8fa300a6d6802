import type { TimelineRecord } from '@/lib/data/records';
import { known, notGiven } from '@/lib/data/quantity';
import { sourceList } from '@/lib/data/source-list';
import { subtitleOn, type Heading } from '@/lib/grammar/compose';
import { numbered } from '@/lib/grammar/paging';
import type { Scene } from '@/lib/grammar/scene';
import { palette, type Variant } from '@/lib/grammar/theme';
import { timeLanes, type TimeLanes } from '@/lib/grammar/time-lanes';
import { parsePartialDate, type PartialDate } from '@/lib/locale/partial-date';
import type { Say } from '@/lib/text/messages';

import { defineChart, type SceneWords } from './definition';
import { keyedTable } from './table';

interface TimelineEntry {
  id: string;
  kind: TimelineRecord['kind'];
  name: string;
  start: PartialDate;
  /** Null for an event of one moment, or when the sources give no end. */
  end: PartialDate | null;
  note: string;
  sources: string[];
  /** The chart on this site that shows the event's numbers, if one does. */
  chart: string;
}

const TIMELINE_START = Date.UTC(1917, 0, 1);
const TIMELINE_END = Date.UTC(1942, 0, 1);

/** "20 Dec 1917 – 20 Jul 1926", "1921" (an event of one moment), "from Jul 1941" (no end given). */
function spanText(entry: TimelineEntry, say: Say): string {
  const { start, end } = entry;
  if (end) return say('dates-between', { start: start.text, end: end.text });
  return entry.kind === 'event' ? start.text : say('dates-onward', { start: start.text });
}

/** Agencies and heads run on until the next begins; events and commissariats end where dated. */
const runsOn = (entry: TimelineEntry) => entry.kind === 'agency' || entry.kind === 'head';

const AGENCY_COLOURS = [palette.sky, palette.orange, palette.green, palette.purple];
const HEAD_COLOURS = ['#d9d3c3', '#b9b19c'];
const EVENT_COLOUR = palette.vermillion;
const COMMISSARIAT_COLOUR = '#c6dbe8';

/** A head by surname, an agency without the words in brackets: the name on its bar. */
const shortName = ({ kind, name }: TimelineEntry) =>
  kind === 'head' ? (name.split(' ').at(-1) ?? name) : name.split(' (')[0]!;

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

/**
 * An entry on the axis: as a mark names it (its kind, name and dates, and the data's note), the
 * span it covers (an agency or a head with no end runs on past the axis), and its label as an event.
 */
function item(say: Say, entry: TimelineEntry) {
  return {
    id: entry.id,
    label: say('mark', {
      kind: say('kind', { kind: entry.kind }),
      name: entry.name,
      dates: spanText(entry, say),
    }),
    note: entry.note || undefined,
    from: entry.start.start,
    to: entry.end?.end ?? (runsOn(entry) ? null : entry.start.end),
    words: say('event-label', { dates: spanText(entry, say), name: entry.name }),
  };
}

/**
 * The lanes, top to bottom, each a kind of entry; on a phone the agencies and their heads stand
 * upright, and the commissariat joins the events.
 */
const LANES = [
  { kind: 'commissariat', height: 24, narrow: 'withEvents' },
  { kind: 'agency', height: 32, narrow: 'upright' },
  { kind: 'head', height: 32, narrow: 'upright' },
] as const;

/** Marks in one order in every frame, for keyboard and screen-reader users: by kind, then date. */
const KIND_ORDER = ['agency', 'head', 'commissariat', 'event'] as const;

function lanesOf(say: Say, entries: readonly TimelineEntry[]): TimeLanes {
  const ofKind = (kind: TimelineEntry['kind']) => entries.filter((e) => e.kind === kind);
  return {
    domain: [TIMELINE_START, TIMELINE_END],
    lanes: LANES.map(({ kind, height, narrow }) => ({
      name: say('lane', { lane: kind }),
      height,
      narrow,
      spans: ofKind(kind).map((entry, _, lane) => ({
        ...item(say, entry),
        fill: fillFor(entry, lane),
        name: shortName(entry),
      })),
    })),
    events: {
      heading: say('lane', { lane: 'event' }),
      items: ofKind('event').map((entry) => ({ ...item(say, entry), fill: EVENT_COLOUR })),
    },
    readingOrder: KIND_ORDER.flatMap((kind) => ofKind(kind).map((e) => e.id)),
  };
}

function drawTimeline(
  entries: readonly TimelineEntry[],
  variant: Variant,
  words: { heading: Heading; say: Say; source: string; credit?: string; title: string },
): Scene {
  const { heading, say } = words;
  return timeLanes(lanesOf(say, entries), variant, {
    ...words,
    // A slide has room for the legend's gist only; the page gives it in full.
    subtitle: subtitleOn(heading, variant),
    description: describeTimeline(entries, say),
  });
}

/**
 * Slides on one time axis: the agencies and their heads, then the events in two halves, so that
 * the labels keep their projector size on a short screen and each slide names its own sources.
 */
function timelineSlides(
  entries: readonly TimelineEntry[],
  { heading, say, sources }: SceneWords,
): Scene[] {
  const events = entries.filter((e) => e.kind === 'event');
  const half = Math.ceil(events.length / 2);
  const slides = [
    { shown: entries.filter((e) => e.kind !== 'event'), part: 'lanes' },
    { shown: events.slice(0, half), part: 'events' },
    { shown: events.slice(half), part: 'events' },
  ];
  return slides.map(({ shown, part }, index) => {
    const title = say('slide-title', {
      title: numbered(say, heading.title, index, slides.length),
      part,
    });
    const source = sources.line([...new Set(shown.flatMap((e) => e.sources))]);
    const scene = drawTimeline(shown, 'projector', { heading, say, source, title });
    // Each slide is described as the whole chart: together they are the chart.
    return { ...scene, description: describeTimeline(entries, say) };
  });
}

/** Years from one time to another, to a tenth, for the explorer. */
const yearsBetween = (from: number, to: number) =>
  Math.round(((to - from) / (365.25 * 86_400_000)) * 10) / 10;

export const timelineChart = defineChart({
  slug: 'timeline',
  datasets: ['agencies-and-heads'],
  // Its agencies, heads and events, their dates written as the locale writes them.
  read: (pkg, { locale }): TimelineEntry[] =>
    pkg.records['agencies-and-heads'].map((record) => ({
      ...record,
      start: parsePartialDate(record.start, locale),
      end: record.end ? parsePartialDate(record.end, locale) : null,
      sources: sourceList(record.source),
    })),
  sourceNamesOf: (entries) => [...new Set(entries.flatMap((e) => e.sources))],
  scene: (entries, variant, words) =>
    drawTimeline(entries, variant, { ...words, title: words.heading.title }),
  slides: timelineSlides,
  table: (entries, { say, sources }) =>
    keyedTable(
      say,
      ['name', 'kind', 'dates', 'source'],
      entries.map((entry) => ({
        id: entry.id,
        cells: [
          entry.name,
          say('kind', { kind: entry.kind }),
          spanText(entry, say),
          entry.sources.map(sources.title).join(say('source-list-separator')),
        ],
      })),
    ),
  notes: (entries) =>
    entries
      .filter((e) => e.note || e.chart)
      .map((e) => ({ marks: [e.id], heading: e.name, text: e.note, chart: e.chart || undefined })),
  // Its marks show dates, not figures.
  figures: () => [],
  // An agency founded again keeps its id with the year it came back (nkvd, nkvd-1941): one agency.
  headline(entries, { say }) {
    const count = new Set(
      entries.filter((e) => e.kind === 'agency').map((e) => e.id.replace(/-\d{4}$/, '')),
    ).size;
    // Its unit agrees with the count, as a count's headline's does (countHeadline).
    return { figure: String(count), unit: say('headline-unit', { count }), label: say('headline') };
  },
  explorer: (entries, { say }) => ({
    measures: ['start', 'length'].map((key) => ({
      key,
      label: say(`explorer-${key}`),
      unit: say('explorer-unit'),
    })),
    rows: entries.map((e) => ({
      id: e.id,
      label: e.name,
      values: {
        start: known(yearsBetween(TIMELINE_START, e.start.start)),
        length: e.end ? known(yearsBetween(e.start.start, e.end.end)) : notGiven,
      },
    })),
  }),
});
