import { describe, expect, it } from 'vitest';

import type { ExplorerData } from '@/lib/charts/explorer-data';
import { predictSeries } from '@/lib/charts/predict-series';
import { known, unknown } from '@/lib/data/quantity';
import { biggestGap, nudge, setGuess, startingGuess, stepOf } from '@/lib/present/predict';

const explorer = (values: ExplorerData['rows'][number]['values']['n'][]): ExplorerData => ({
  measures: [{ key: 'n', label: 'Sentenced', unit: 'persons' }],
  rows: values.map((value, i) => ({ id: `y${i}`, label: String(1930 + i), values: { n: value } })),
});

const series = predictSeries(
  explorer([known(100), known(400), unknown, known(790)]),
  'n',
  (length) => `Source: a certificate (${length})`,
);

describe('predictSeries', () => {
  it('keeps a year the source does not give as unknown, not as zero', () => {
    expect(series.points.map((p) => p.value)).toEqual([100, 400, null, 790]);
  });

  it('tops its scale at a round number a quarter or more above the peak, so the top does not give the peak away', () => {
    expect(series.top).toBe(1000);
    expect(series.ticks).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('names its sources in full for a page and titled short for a slide', () => {
    expect(series.source).toEqual({
      full: 'Source: a certificate (full)',
      short: 'Source: a certificate (short)',
    });
  });

  it('refuses a series whose first year, the one given to the class, is unknown', () => {
    expect(() => predictSeries(explorer([unknown, known(1), known(2)]), 'n', () => '')).toThrow(
      /first year must be known/,
    );
  });

  it('refuses a measure the explorer does not have', () => {
    expect(() => predictSeries(explorer([known(1)]), 'm', () => '')).toThrow(/no measure "m"/);
  });
});

describe('a guess', () => {
  const start = startingGuess(series);

  it('starts level with the first year, which is given', () => {
    expect(start).toEqual([100, 100, 100, 100]);
  });

  it('moves a year by steps of a fortieth of the scale, and never the given first year', () => {
    expect(stepOf(series)).toBe(25);
    expect(nudge(series, start, 1, 2)).toEqual([100, 150, 100, 100]);
    expect(nudge(series, start, 0, 2)).toEqual(start);
  });

  it('stays on the scale, from 0 to its top', () => {
    expect(nudge(series, start, 3, -100)[3]).toBe(0);
    expect(nudge(series, start, 3, 100)[3]).toBe(1000);
  });

  it('set by a pointer, rounds to a step', () => {
    expect(setGuess(series, start, 2, 437)[2]).toBe(425);
  });
});

describe('biggestGap', () => {
  it('names the year furthest from the data, of the years the class set and the source gives', () => {
    expect(biggestGap(series, [100, 350, 1000, 500])).toEqual({
      label: '1933',
      guess: 500,
      actual: 790,
    });
  });

  it('is none when the guess matches every known year', () => {
    expect(biggestGap(series, [100, 400, 0, 790])).toBeNull();
  });
});
