import { localePath } from '@/lib/site/paths';

/**
 * How the audience's window and the presenter's keep in step: messages on a BroadcastChannel,
 * which joins the windows of one browser on one site with no server, online or off.
 */
export const DECK_CHANNEL = 'repression-in-numbers-deck';

export type DeckMessage =
  /** The audience window shows this slide, at this size (the presenter draws it at that size). */
  | { type: 'showing'; slide: number; width: number; height: number }
  /** The presenter asks the audience window to show this slide. */
  | { type: 'go'; slide: number }
  /** The presenter asks to blank the audience's screen, or to show it again. */
  | { type: 'blank' }
  /** A presenter window has opened and asks which slide the audience sees. */
  | { type: 'where' };

/** The presenter's window, opened at slide n, in the deck's language. */
export const presenterPath = (n: number, locale = 'en') =>
  localePath(locale, `/present/presenter?slide=${n}`);

/** The slide a presenter's address names ("?slide=4" → 4), or 1. */
export function slideOfSearch(search: string, total: number): number {
  const value = new URLSearchParams(search).get('slide') ?? '';
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= total ? n : 1;
}
