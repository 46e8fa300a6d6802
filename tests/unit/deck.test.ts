import { describe, expect, it } from 'vitest';

import { siteSay } from '@/lib/text/chart-file';
import { buildDeck, slidePath, type DeckChart } from '@/lib/present/deck';

const chart = (slug: string, parts: number, predicts = false): DeckChart => ({
  definition: { slug, title: `Chart ${slug}`, summary: `About ${slug}.` },
  takeaway: `What ${slug} shows.`,
  parts,
  predicts,
  blocks: [],
  checks: ['A check'],
  questions: ['A question?'],
});

describe('buildDeck', () => {
  const deck = buildDeck(siteSay('en'), [chart('one', 1), chart('two', 2)], ['A source.']);

  it('opens with a title slide and closes with the sources', () => {
    expect(deck[0]!.kind).toBe('title');
    expect(deck.at(-1)).toMatchObject({ kind: 'closing', sources: ['A source.'] });
  });

  it('gives a chart drawn on two slides two chart slides, then its source check and its questions', () => {
    expect(deck.map((slide) => slide.kind)).toEqual([
      'title',
      'chart',
      'check',
      'discuss',
      'chart',
      'chart',
      'check',
      'discuss',
      'closing',
    ]);
    expect(deck.slice(4, 6).map((slide) => slide.title)).toEqual([
      'Chart two (1 of 2)',
      'Chart two (2 of 2)',
    ]);
  });

  it('puts the takeaway on a chart’s last slide only, once all it speaks of has been shown', () => {
    const takeaways = deck.flatMap((slide) => (slide.kind === 'chart' ? [slide.takeaway] : []));
    expect(takeaways).toEqual(['What one shows.', null, 'What two shows.']);
  });
});

describe('a chart with a yearly series to predict', () => {
  it('is preceded by its predict slide, so the class guesses before it sees the chart', () => {
    const deck = buildDeck(siteSay('en'), [chart('one', 1, true)], ['A source.']);
    expect(deck.map((slide) => slide.kind)).toEqual([
      'title',
      'predict',
      'chart',
      'check',
      'discuss',
      'closing',
    ]);
    expect(deck[1]!.title).toBe('Predict: Chart one');
  });
});

describe('slidePath', () => {
  it('serves the first slide at /present and the others at /present/n', () => {
    expect([1, 2, 12].map((n) => slidePath(n))).toEqual(['/present', '/present/2', '/present/12']);
  });
});
