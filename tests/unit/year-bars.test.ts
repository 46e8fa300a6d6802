import { describe, expect, it } from 'vitest';

import { textWidth } from '@/lib/grammar/measure';
import { frame, SLIDE_HEIGHT } from '@/lib/grammar/theme';
import { yearBarSlides, yearBars, type YearBar } from '@/lib/grammar/year-bars';

const bar = (year: number, value: number, text = `${value}`): YearBar => ({
  id: `y-${year}`,
  year: String(year),
  value,
  text,
  label: `${year}: ${value}`,
  fill: 'red',
});
const words = { title: 'T', subtitle: 'S', description: 'D', source: 'Source: A' };
const axis = { title: 'units', format: String };
const rectOf = (scene: ReturnType<typeof yearBars>, id: string) => {
  const shape = scene.marks.find((m) => m.id === id)!.shapes[0]!;
  if (shape.type !== 'rect') throw new Error('a bar is a rect');
  return shape;
};

describe('a chart of a bar per year', () => {
  const bars = [bar(1921, 10), bar(1922, 40, 'forty, the longest value')];

  it('starts its bars right of the widest year, wherever the frame', () => {
    for (const variant of ['wide', 'narrow', 'projector'] as const) {
      const f = frame[variant];
      const scene = yearBars({ bars, axis }, bars, variant, words);
      expect(rectOf(scene, 'y-1921').x).toBeCloseTo(
        f.margin + textWidth('1921', f.text, 'bold') + 8,
      );
    }
  });

  it('leaves room right of the longest bar for the widest value', () => {
    const f = frame.wide;
    const scene = yearBars({ bars, axis }, bars, 'wide', words);
    const longest = rectOf(scene, 'y-1922');
    expect(
      longest.x + longest.width + 8 + textWidth('forty, the longest value', f.text),
    ).toBeLessThanOrEqual(f.width - f.margin + 0.5);
  });

  it('draws on the domain it is given, not only up to its largest bar', () => {
    const own = yearBars({ bars, axis }, bars, 'wide', words);
    const whole = yearBars({ bars, axis, domain: [0, 100] }, bars, 'wide', words);
    expect(rectOf(whole, 'y-1922').width).toBeLessThan(rectOf(own, 'y-1922').width);
  });

  it('names each bar as a mark with its value label, in the order of the years', () => {
    const scene = yearBars({ bars, axis }, bars, 'wide', words);
    expect(scene.marks.map((m) => [m.id, m.label])).toEqual([
      ['y-1921', '1921: 10'],
      ['y-1922', '1922: 40'],
    ]);
    expect(scene.marks[0]!.shapes.some((s) => s.type === 'text' && s.text === '10')).toBe(true);
  });

  it('puts its years on as few slides as fit a projector, each on the whole chart’s scale', () => {
    const many = Array.from({ length: 30 }, (_, i) => bar(1900 + i, i + 1));
    const slides = yearBarSlides({ bars: many, axis }, words, (i, n) => `T ${i + 1}/${n}`);
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides) expect(slide.height).toBeLessThanOrEqual(SLIDE_HEIGHT);
    expect(slides.flatMap((s) => s.marks.map((m) => m.id))).toEqual(many.map((b) => b.id));
    const first = slides[0]!;
    const last = slides.at(-1)!;
    // Bar 1 on the first slide and bar 30 on the last keep their ratio: one scale.
    const width = (scene: typeof first, id: string) => rectOf(scene, id).width;
    expect(width(last, 'y-1929') / width(first, 'y-1900')).toBeCloseTo(30, 0);
    expect(slides.map((s) => s.title)).toEqual(slides.map((_, i) => `T ${i + 1}/${slides.length}`));
  });

  it('keeps a short chart on one slide', () => {
    expect(yearBarSlides({ bars, axis }, words, () => 'T')).toHaveLength(1);
  });
});

describe('a year’s “of which” bar', () => {
  const whole = { ...bar(1937, 100, '100'), ofWhich: { ...bar(1937, 40, '40'), id: 'o-1937' } };

  it('is a thinner mark of its own inside its bar, from the same start, its value after the bar’s', () => {
    const scene = yearBars({ bars: [whole], axis }, [whole], 'wide', words);
    const [outer, inner] = [rectOf(scene, 'y-1937'), rectOf(scene, 'o-1937')];
    expect(scene.marks.map((m) => m.id)).toEqual(['y-1937', 'o-1937']);
    expect(inner.x).toBe(outer.x);
    expect(inner.width).toBeCloseTo(outer.width * 0.4);
    expect(inner.height).toBeLessThan(outer.height);
    const at = (id: string, t: string) =>
      scene.marks.find((m) => m.id === id)!.shapes.find((s) => s.type === 'text' && s.text === t)!;
    const [outerValue, innerValue] = [at('y-1937', '100'), at('o-1937', '40')];
    if (outerValue.type !== 'text' || innerValue.type !== 'text')
      throw new Error('values are text');
    expect(innerValue.x).toBeGreaterThan(outerValue.x + textWidth('100', frame.wide.text));
  });
});
