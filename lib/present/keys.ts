/**
 * What a key does in the deck, in the audience's window and in the presenter's alike: → ← Space
 * PageUp PageDown (what clickers send), Home End, a number and Enter to jump, and the letters for
 * the deck's other views. One function for both windows, so that a key means the same in each.
 */
export type DeckAction =
  | { kind: 'go'; slide: number }
  /** A digit of a slide number, kept until Enter. */
  | { kind: 'typing'; typed: string }
  | { kind: 'notes' | 'overview' | 'blank' | 'fullscreen' | 'presenter' | 'leave' };

const NEXT = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];
const BACK = ['ArrowLeft', 'PageUp', 'ArrowUp'];
const LETTERS: Record<string, DeckAction['kind']> = {
  n: 'notes',
  o: 'overview',
  b: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  p: 'presenter',
  escape: 'leave',
};

/** The slide a move asks for, kept within the deck. */
const within = (slide: number, total: number) => Math.min(Math.max(slide, 1), total);

/**
 * The action of `key` on slide `index` of `total`, given the digits typed before it; null for a
 * key the deck leaves alone (which then clears the digits typed).
 */
export function deckAction(
  key: string,
  { index, total, typed }: { index: number; total: number; typed: string },
): DeckAction | null {
  if (/^[0-9]$/.test(key)) return { kind: 'typing', typed: typed + key };
  if (key === 'Enter') return typed ? { kind: 'go', slide: within(Number(typed), total) } : null;
  if (NEXT.includes(key)) return { kind: 'go', slide: within(index + 1, total) };
  if (BACK.includes(key)) return { kind: 'go', slide: within(index - 1, total) };
  if (key === 'Home') return { kind: 'go', slide: 1 };
  if (key === 'End') return { kind: 'go', slide: total };
  const letter = LETTERS[key.toLowerCase()];
  return letter ? ({ kind: letter } as DeckAction) : null;
}
