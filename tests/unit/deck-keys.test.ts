import { describe, expect, it } from 'vitest';

import { deckAction } from '@/lib/present/keys';
import { slideOfSearch } from '@/lib/present/sync';

const on = (index: number, typed = '') => ({ index, total: 10, typed });

describe('deckAction', () => {
  it('moves on with what a clicker sends and back with its other button', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'ArrowDown'])
      expect(deckAction(key, on(4))).toEqual({ kind: 'go', slide: 5 });
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp'])
      expect(deckAction(key, on(4))).toEqual({ kind: 'go', slide: 3 });
  });

  it('stays within the deck at either end', () => {
    expect(deckAction('ArrowRight', on(10))).toEqual({ kind: 'go', slide: 10 });
    expect(deckAction('ArrowLeft', on(1))).toEqual({ kind: 'go', slide: 1 });
    expect(deckAction('Enter', on(4, '99'))).toEqual({ kind: 'go', slide: 10 });
    expect(deckAction('Enter', on(4, '0'))).toEqual({ kind: 'go', slide: 1 });
  });

  it('keeps the digits typed until Enter jumps to that slide', () => {
    expect(deckAction('1', on(4))).toEqual({ kind: 'typing', typed: '1' });
    expect(deckAction('2', on(4, '1'))).toEqual({ kind: 'typing', typed: '12' });
    expect(deckAction('Enter', on(4, '7'))).toEqual({ kind: 'go', slide: 7 });
  });

  it('leaves Enter alone when no number was typed', () => {
    expect(deckAction('Enter', on(4))).toBeNull();
  });

  it('reads the letters in either case', () => {
    expect(deckAction('p', on(4))).toEqual({ kind: 'presenter' });
    expect(deckAction('P', on(4))).toEqual({ kind: 'presenter' });
    expect(deckAction('N', on(4))).toEqual({ kind: 'notes' });
    expect(deckAction('.', on(4))).toEqual({ kind: 'blank' });
    expect(deckAction('Escape', on(4))).toEqual({ kind: 'leave' });
  });

  it('goes to the first and last slides with Home and End', () => {
    expect(deckAction('Home', on(4))).toEqual({ kind: 'go', slide: 1 });
    expect(deckAction('End', on(4))).toEqual({ kind: 'go', slide: 10 });
  });

  it('ignores a key the deck has no use for', () => {
    expect(deckAction('x', on(4))).toBeNull();
    expect(deckAction('Tab', on(4))).toBeNull();
  });
});

describe('slideOfSearch', () => {
  it('reads the slide a presenter’s address names', () => {
    expect(slideOfSearch('?slide=4', 10)).toBe(4);
  });

  it('falls back to the first slide for an address out of the deck or malformed', () => {
    expect(slideOfSearch('?slide=11', 10)).toBe(1);
    expect(slideOfSearch('?slide=0', 10)).toBe(1);
    expect(slideOfSearch('?slide=4x', 10)).toBe(1);
    expect(slideOfSearch('', 10)).toBe(1);
  });
});
