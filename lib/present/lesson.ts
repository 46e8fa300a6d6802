import type { Slide } from './deck';
import { slidePath } from './deck';

/**
 * A lesson is a teacher's choice of the deck's slides, in her order, kept in nothing but its
 * address: `?c=sentences.c.q,gulag.c.s` takes the sentences chart and its questions, then the
 * Gulag chart and its source check. It opens with the deck's title slide and ends with its
 * sources and licence, which the charts' licence asks to be shown with them.
 */
export const LESSON_PARAM = 'c';

/**
 * The slides a lesson can take of a chart: predicting its yearly series (where it has one), the
 * chart (all its parts), its source check, its questions.
 */
export const LESSON_PARTS = { p: 'predict', c: 'chart', s: 'check', q: 'discuss' } as const;
export type LessonPart = keyof typeof LESSON_PARTS;
const PART_LETTERS = Object.keys(LESSON_PARTS) as LessonPart[];

export interface LessonPick {
  slug: string;
  parts: LessonPart[];
}

/** Where each chart's slides stand in the deck (numbers from 1), by chart and part. */
export interface DeckIndex {
  total: number;
  charts: Record<string, Record<LessonPart, number[]>>;
}

export function deckIndex(deck: readonly Slide[]): DeckIndex {
  const charts: DeckIndex['charts'] = {};
  deck.forEach((slide, i) => {
    if (!('slug' in slide)) return;
    const chart = (charts[slide.slug] ??= { p: [], c: [], s: [], q: [] });
    const part = PART_LETTERS.find((letter) => LESSON_PARTS[letter] === slide.kind)!;
    chart[part].push(i + 1);
  });
  return { total: deck.length, charts };
}

/**
 * The charts and parts an address names, from `?c=a.c.q,b.c` or from a form's `?c=a.c&c=a.q&c=b.c`
 * alike. A chart comes once, where it is first named; a part once in it. What the deck does not
 * have (a chart renamed, a letter mistyped, a predict slide of a chart without one) is left out and
 * listed, so that the page can say so.
 */
export function parseLesson(
  values: readonly string[],
  index: DeckIndex,
): { picks: LessonPick[]; unknown: string[] } {
  const picks: LessonPick[] = [];
  const unknown: string[] = [];
  for (const item of values.flatMap((value) => value.split(','))) {
    const [slug = '', ...letters] = item.trim().split('.');
    if (!slug) continue;
    if (!index.charts[slug]) {
      unknown.push(item);
      continue;
    }
    let pick = picks.find((p) => p.slug === slug);
    if (!pick) picks.push((pick = { slug, parts: [] }));
    for (const letter of letters) {
      const part = letter as LessonPart;
      if (!PART_LETTERS.includes(part) || index.charts[slug][part].length === 0)
        unknown.push(`${slug}.${letter}`);
      else if (!pick.parts.includes(part)) pick.parts.push(part);
    }
  }
  return { picks: picks.filter((pick) => pick.parts.length > 0), unknown };
}

/** The address's form of a lesson: `sentences.c.q,gulag.c`; '' for a lesson of no slides. */
export const lessonQuery = (picks: readonly LessonPick[]): string =>
  picks
    .filter((pick) => pick.parts.length > 0)
    .map((pick) => [pick.slug, ...pick.parts].join('.'))
    .join(',');

/** The slides a deck is shown in: every one in turn, or a lesson's, with the lesson's address. */
export interface DeckOrder {
  slides: number[];
  /** The lesson's `c` value, null for the whole deck. */
  lesson: string | null;
}

/** The lesson's slides in order: the title slide, the chosen ones (each once), the closing slide. */
export function lessonOrder(picks: readonly LessonPick[], index: DeckIndex): DeckOrder {
  const chosen = picks.flatMap((pick) =>
    pick.parts.flatMap((part) => index.charts[pick.slug]?.[part] ?? []),
  );
  return {
    slides: [...new Set([1, ...chosen, index.total])],
    lesson: lessonQuery(picks),
  };
}

export const wholeDeck = (total: number): DeckOrder => ({
  slides: Array.from({ length: total }, (_, i) => i + 1),
  lesson: null,
});

/**
 * The order a deck page follows, from its address (`location.search`): the lesson it names, if it
 * names one that holds slide `current`, else the whole deck. A slide reached outside its lesson
 * (an address typed by hand) is thus never a dead end.
 */
export function deckOrderOf(search: string, index: DeckIndex, current?: number): DeckOrder {
  const { picks } = parseLesson(new URLSearchParams(search).getAll(LESSON_PARAM), index);
  if (picks.length === 0) return wholeDeck(index.total);
  const order = lessonOrder(picks, index);
  return current === undefined || order.slides.includes(current) ? order : wholeDeck(index.total);
}

/** Where slide n stands in the order, from 1; 0 when it is not in it. */
export const positionOf = (order: DeckOrder, n: number) => order.slides.indexOf(n) + 1;

/** The slide at a position of the order, kept within it. */
export const slideAt = (order: DeckOrder, position: number) =>
  order.slides[Math.min(Math.max(position, 1), order.slides.length) - 1]!;

/** An address of the deck that keeps the lesson: `/present/5?c=sentences.c.q`. */
export const withLesson = (path: string, order: DeckOrder) =>
  order.lesson ? `${path}${path.includes('?') ? '&' : '?'}${LESSON_PARAM}=${order.lesson}` : path;

/** Slide n's page, in the lesson when there is one. */
export const orderSlidePath = (order: DeckOrder, n: number, locale: string) =>
  withLesson(slidePath(n, locale), order);
