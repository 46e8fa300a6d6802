import { describe, expect, it } from 'vitest';

import { buildDeck, type DeckChart } from '@/lib/present/deck';
import {
  deckIndex,
  deckOrderOf,
  lessonOrder,
  lessonQuery,
  orderSlidePath,
  parseLesson,
  positionOf,
  slideAt,
  wholeDeck,
} from '@/lib/present/lesson';
import { siteSay } from '@/lib/text/chart-file';

const chart = (slug: string, parts: number, predicts = false): DeckChart => ({
  definition: { slug, title: slug, summary: slug },
  takeaway: slug,
  parts,
  predicts,
  blocks: [],
  checks: ['A check'],
  questions: ['A question?'],
});

// 1 title · 2 one · 3 one check · 4 one questions · 5–6 two · 7 two check · 8 two questions · 9 closing
const index = deckIndex(
  buildDeck(siteSay('en'), [chart('one', 1), chart('two', 2)], ['A source.']),
);

describe('deckIndex', () => {
  it('finds each chart’s slides by part, a chart drawn on two slides with both', () => {
    expect(index).toEqual({
      total: 9,
      charts: {
        one: { p: [], c: [2], s: [3], q: [4] },
        two: { p: [], c: [5, 6], s: [7], q: [8] },
      },
    });
  });
});

describe('a chart with a yearly series to predict', () => {
  // 1 title · 2 one predict · 3 one · 4 one check · 5 one questions · 6 closing
  const predicting = deckIndex(buildDeck(siteSay('en'), [chart('one', 1, true)], ['A source.']));

  it('offers its predict slide to a lesson, in the order the address gives', () => {
    expect(predicting.charts.one!.p).toEqual([2]);
    const order = (value: string) =>
      lessonOrder(parseLesson([value], predicting).picks, predicting).slides;
    expect(order('one.p.c')).toEqual([1, 2, 3, 6]);
    expect(order('one.c.p')).toEqual([1, 3, 2, 6]);
  });

  it('is the only kind whose predict slide a lesson may ask for', () => {
    expect(parseLesson(['one.p.c'], index)).toEqual({
      picks: [{ slug: 'one', parts: ['c'] }],
      unknown: ['one.p'],
    });
  });
});

describe('parseLesson', () => {
  it('reads charts and parts in the order the address gives them', () => {
    expect(parseLesson(['two.q.c,one.s'], index).picks).toEqual([
      { slug: 'two', parts: ['q', 'c'] },
      { slug: 'one', parts: ['s'] },
    ]);
  });

  it('reads a form’s repeated values as one list, a chart named twice once', () => {
    expect(parseLesson(['one.c', 'one.q', 'two.c', 'one.c'], index).picks).toEqual([
      { slug: 'one', parts: ['c', 'q'] },
      { slug: 'two', parts: ['c'] },
    ]);
  });

  it('leaves out and lists a chart the deck does not have and a letter it does not know', () => {
    expect(parseLesson(['gone.c,one.x.c'], index)).toEqual({
      picks: [{ slug: 'one', parts: ['c'] }],
      unknown: ['gone.c', 'one.x'],
    });
  });

  it('takes no chart for which no slide is named', () => {
    expect(parseLesson(['one', ''], index).picks).toEqual([]);
  });
});

describe('a lesson’s order', () => {
  const picks = parseLesson(['two.c.q,one.q'], index).picks;
  const order = lessonOrder(picks, index);

  it('opens with the title slide, takes every part of a chart, and closes with the sources', () => {
    expect(order).toEqual({ slides: [1, 5, 6, 8, 4, 9], lesson: 'two.c.q,one.q' });
  });

  it('writes back the address it was read from', () => {
    expect(lessonQuery(picks)).toBe('two.c.q,one.q');
  });

  it('counts positions in the lesson and keeps a move within it', () => {
    expect(positionOf(order, 8)).toBe(4);
    expect(positionOf(order, 2)).toBe(0);
    expect(slideAt(order, 0)).toBe(1);
    expect(slideAt(order, 99)).toBe(9);
  });

  it('keeps the lesson in the address of every slide it leads to', () => {
    expect(orderSlidePath(order, 5, 'sv')).toBe('/sv/present/5?c=two.c.q,one.q');
    expect(orderSlidePath(order, 1, 'en')).toBe('/present?c=two.c.q,one.q');
    expect(orderSlidePath(wholeDeck(9), 5, 'en')).toBe('/present/5');
  });
});

describe('deckOrderOf', () => {
  it('follows the whole deck when the address names no lesson', () => {
    expect(deckOrderOf('', index, 3)).toEqual(wholeDeck(9));
    expect(deckOrderOf('?c=gone.c', index, 3)).toEqual(wholeDeck(9));
  });

  it('follows the lesson the address names, read from its encoded form too', () => {
    expect(deckOrderOf('?c=one.q%2Ctwo.s', index, 4).slides).toEqual([1, 4, 7, 9]);
  });

  it('follows the whole deck from a slide its lesson does not hold, so no slide is a dead end', () => {
    expect(deckOrderOf('?c=one.q', index, 6)).toEqual(wholeDeck(9));
  });
});
