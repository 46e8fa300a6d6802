import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';

import { labelInside, textWidth, wrapText } from '@/lib/grammar/measure';
import { parsePartialDate } from '@/lib/locale/partial-date';
import { stackLabels } from '@/lib/grammar/stack-labels';
import { valueAxis } from '@/lib/grammar/axis';
import { frame } from '@/lib/grammar/theme';
import {
  formatChange,
  formatCount,
  formatMillions,
  formatQuantity,
  formatShare,
} from '@/lib/locale/format';
import { known, notGiven, unknown } from '@/lib/data/quantity';
import type { DataPackageDescriptor } from '@/lib/data/package-schema';
import type { ChartDefinition } from '@/lib/charts/definition';
import { storyOrder } from '@/lib/charts/story-order';
import type { Scene, Shape } from '@/lib/grammar/scene';
import { firstRows } from '@/lib/grammar/thumbnail';
import { siteSay } from '@/lib/text/chart-file';

describe('wrapText', () => {
  it('keeps a short text on one line', () => {
    expect(wrapText('Military', 200, 16)).toEqual(['Military']);
  });

  it('breaks at spaces so that no line is wider than allowed', () => {
    const lines = wrapText(
      'Taking under individual supervision of “socially dangerous individuals”',
      300,
      16,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(
      'Taking under individual supervision of “socially dangerous individuals”',
    );
  });

  it('cuts a word longer than a whole line rather than overflowing', () => {
    const lines = wrapText('x'.repeat(50), 100, 10);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
    expect(lines.join('')).toBe('x'.repeat(50));
  });

  it('returns no lines for an empty text', () => {
    expect(wrapText('', 100, 10)).toEqual([]);
  });

  it('never breaks at a no-break space, so a grouped figure stays on one line', () => {
    const lines = wrapText('Held on 1 January: 1\u00a0500\u00a0524 persons', 120, 16);
    expect(lines).toContain('1\u00a0500\u00a0524');
  });

  it('wraps bold text sooner than plain, since it is wider', () => {
    const words = 'What the OGPU did in 1924: other units, and the totals';
    expect(wrapText(words, 500, 16, 'bold').length).toBeGreaterThan(
      wrapText(words, 500, 16).length,
    );
  });
});

describe('textWidth', () => {
  it('measures each character, so a narrow letter takes less room than a wide one', () => {
    expect(textWidth('iiii', 16)).toBeLessThan(textWidth('mmmm', 16) / 2);
  });

  it('measures a Russian word wider than an English one of as many letters', () => {
    expect(textWidth('лимиты', 16)).toBeGreaterThan(textWidth('limits', 16) * 1.1);
  });

  it('counts a character it has no width for as a whole em', () => {
    expect(textWidth('\u4e00', 10)).toBeCloseTo(textWidth('\u4e00\u4e00', 10) / 2);
    expect(textWidth('\u4e00', 10)).toBeGreaterThanOrEqual(10);
  });
});

describe('labelInside', () => {
  it('centres a label that fits', () => {
    expect(labelInside(100, '30,000', 14, 0, 380)).toEqual({ x: 100, anchor: 'middle' });
  });

  it('puts a label flush right when centring would cross the right edge', () => {
    expect(labelInside(375, '180,000', 14, 10, 370)).toEqual({ x: 370, anchor: 'end' });
  });

  it('puts a label flush left when centring would cross the left edge', () => {
    expect(labelInside(12, '180,000', 14, 10, 370)).toEqual({ x: 10, anchor: 'start' });
  });
});

describe('stackLabels', () => {
  it('puts labels that do not overlap on the first row', () => {
    expect(
      stackLabels([
        { start: 0, end: 10 },
        { start: 30, end: 40 },
      ]),
    ).toEqual([0, 0]);
  });

  it('moves an overlapping label to the next free row and reuses rows as they free up', () => {
    expect(
      stackLabels([
        { start: 0, end: 100 },
        { start: 50, end: 80 },
        { start: 90, end: 120 },
        { start: 130, end: 150 },
      ]),
    ).toEqual([0, 1, 1, 0]);
  });
});

describe('parsePartialDate', () => {
  it('writes a date as each language writes it, to its precision', () => {
    const written = (value: string) =>
      ['en', 'sv', 'ru', 'uk'].map((locale) => parsePartialDate(value, locale).text);
    expect(written('1934-12-01')).toEqual([
      '1 Dec 1934',
      '1 december 1934',
      '1 декабря 1934 г.',
      '1 грудня 1934 р.',
    ]);
    expect(written('1934-12')).toEqual([
      'Dec 1934',
      'december 1934',
      'декабрь 1934 г.',
      'грудень 1934 р.',
    ]);
    expect(written('1934')).toEqual(['1934', '1934', '1934', '1934']);
  });

  it('reads a year as the whole year', () => {
    expect(parsePartialDate('1934', 'en')).toEqual({
      start: Date.UTC(1934, 0, 1),
      end: Date.UTC(1935, 0, 1) - 1,
      precision: 'year',
      text: '1934',
    });
  });

  it('reads a month as the whole month', () => {
    const date = parsePartialDate('1922-02', 'en');
    expect([date.precision, date.text, date.end - date.start + 1]).toEqual([
      'month',
      'Feb 1922',
      28 * 86_400_000,
    ]);
  });

  it('reads a full date as that day', () => {
    expect(parsePartialDate('1917-12-20', 'en')).toMatchObject({
      start: Date.UTC(1917, 11, 20),
      precision: 'day',
      text: '20 Dec 1917',
    });
  });

  it('refuses anything else', () => {
    expect(() => parsePartialDate('Dec 1917', 'en')).toThrow(
      'Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: "Dec 1917"',
    );
  });
});

describe('formatting', () => {
  const say = siteSay('en');

  it('writes counts with thousands separators', () => {
    expect(formatCount(say, 5078174)).toBe('5,078,174');
  });

  it('writes a fall as a percentage with a true minus sign', () => {
    expect(formatChange(say, 30000 / 105000 - 1)).toBe('−71%');
  });

  it('writes a share as a whole percentage', () => {
    expect(formatShare(say, 0.4466)).toBe('45%');
  });

  it('writes figures as each language writes them, with a no-break space between thousands', () => {
    const sv = { locale: 'sv' };
    const ru = { locale: 'ru' };
    const uk = { locale: 'uk' };
    expect([formatCount(sv, 5078174), formatCount(ru, 5078174), formatCount(uk, 105000)]).toEqual([
      '5\u00a0078\u00a0174',
      '5\u00a0078\u00a0174',
      '105\u00a0000',
    ]);
    expect([formatShare(sv, 0.4466), formatShare(ru, 0.4466)]).toEqual(['45\u00a0%', '45\u00a0%']);
  });

  it('writes a fall with a true minus sign in every language', () => {
    expect(formatChange({ locale: 'sv' }, -0.71)).toBe('\u221271\u00a0%');
    expect(formatChange({ locale: 'uk' }, -0.71)).toBe('\u221271%');
  });

  it('writes millions without trailing zeros', () => {
    expect([
      formatMillions(say, 6500000),
      formatMillions(say, 1800000),
      formatMillions(say, 0),
    ]).toEqual(['6.5 million', '1.8 million', '0']);
  });

  it('says unknown and not printed in words, never zero', () => {
    expect([
      formatQuantity(say, known(0)),
      formatQuantity(say, unknown),
      formatQuantity(say, notGiven),
    ]).toEqual(['0', 'unknown (“?” in the source)', 'not printed in the source']);
  });
});

describe('valueAxis', () => {
  it('draws a gridline and a label for each tick', () => {
    const x = scaleLinear().domain([0, 200000]).range([0, 400]);
    const shapes = valueAxis(frame.wide, x, {
      top: 0,
      bottom: 100,
      ticks: 4,
      format: (value) => formatCount({ locale: 'en' }, value),
    });
    const labels = shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(labels).toEqual(['0', '50,000', '100,000', '150,000', '200,000']);
  });
});

describe('storyOrder', () => {
  const descriptor = (periods: Record<string, string>) =>
    ({
      resources: Object.entries(periods).map(([name, period]) => ({ name, period })),
    }) as unknown as DataPackageDescriptor;
  const chart = (slug: string, datasets: string[]) =>
    ({ slug, datasets }) as unknown as ChartDefinition;

  it('orders charts by the earliest year any of their datasets covers', () => {
    const charts = [chart('late', ['b']), chart('early', ['c', 'a'])];
    const order = storyOrder(charts, descriptor({ a: '1917–1941', b: '1921–1925', c: '1930' }));
    expect(order.map((c) => c.slug)).toEqual(['early', 'late']);
  });

  it('keeps charts of the same first year in the order they are registered', () => {
    const charts = [chart('first', ['a']), chart('second', ['b'])];
    const order = storyOrder(charts, descriptor({ a: '1921', b: '1921–1940' }));
    expect(order.map((c) => c.slug)).toEqual(['first', 'second']);
  });

  it('puts a chart whose periods name no year last', () => {
    const charts = [chart('undated', ['a']), chart('dated', ['b'])];
    const order = storyOrder(charts, descriptor({ a: 'undated', b: '1937–1938' }));
    expect(order.map((c) => c.slug)).toEqual(['dated', 'undated']);
  });
});

describe('firstRows', () => {
  const bar = (y: number): Shape => ({
    type: 'rect',
    x: 0,
    y,
    width: 50,
    height: 10,
    fill: '#000',
  });
  const label = (y: number): Shape => ({ type: 'text', x: 0, y, text: `row at ${y}`, size: 14 });
  const scene = {
    width: 200,
    titleBottom: 20,
    decorations: [label(10), label(110), label(900)],
    marks: [
      { id: 'a', label: 'a', shapes: [bar(100), label(112)] },
      { id: 'b', label: 'b', shapes: [bar(1000)] },
    ],
  } as unknown as Scene;

  it('looks through a window as wide as the scene from just above its first mark', () => {
    const { viewBox } = firstRows(scene, 0.5);
    expect(viewBox.split(' ').map(Number)).toEqual([0, 66, 200, 100]);
  });

  it('keeps the words and shapes inside the window and leaves the rest out of the page', () => {
    const texts = firstRows(scene, 0.5).shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    expect(texts).toEqual(['row at 110', 'row at 112']);
  });
});
