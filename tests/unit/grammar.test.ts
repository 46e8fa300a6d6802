import { scaleLinear, scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';

import { arrowhead } from '@/lib/grammar/marks/arrow';
import { pairedBars } from '@/lib/grammar/marks/paired';
import { spanBar } from '@/lib/grammar/marks/span';
import { UNKNOWN_PART, stackedBar } from '@/lib/grammar/marks/stack';
import { valueLabel } from '@/lib/grammar/marks/value-label';
import { pageUnits, numbered } from '@/lib/grammar/paging';
import { stackParts, type Body } from '@/lib/grammar/compose';
import { barTable, barTableRows, barTableScaled } from '@/lib/grammar/bar-table';
import { partsBar } from '@/lib/grammar/parts-bar';
import { eventRows, spanLane, timeLanes, type TimeLanes } from '@/lib/grammar/time-lanes';
import { dumbbells } from '@/lib/grammar/dumbbells';
import {
  figureRowsChart,
  figureRows,
  type FigureBar,
  type FigureRowsSpec,
} from '@/lib/grammar/figure-rows';
import { yearPanels } from '@/lib/grammar/panels';
import { yearPanelsChart } from '@/lib/charts/year-panels-chart';
import { twoYearChart } from '@/lib/charts/two-year-chart';
import { sourceTableChart } from '@/lib/charts/source-table-chart';
import type { Unit } from '@/lib/data/records';
import type { Mark, Scene, Shape } from '@/lib/grammar/scene';
import { textWidth } from '@/lib/grammar/measure';
import { frame, type Variant } from '@/lib/grammar/theme';
import { zeroBasedScale } from '@/lib/grammar/scale';
import { known, notGiven, unknown, type Quantity } from '@/lib/data/quantity';
import { readChartFile, readSharedChartWords } from '@/lib/text/chart-file';
import { messages } from '@/lib/text/messages';

describe('zeroBasedScale', () => {
  it('runs from zero to the largest known value, rounded out, and ignores unknown and missing values', () => {
    const x = zeroBasedScale([known(93), unknown, notGiven, null, undefined, 40], [0, 100]);
    expect(x.domain()).toEqual([0, 100]);
  });

  it('still makes a scale when no value is known', () => {
    expect(zeroBasedScale([unknown], [0, 10]).domain()).toEqual([0, 1]);
  });
});

describe('stackedBar', () => {
  const scale = scaleLinear().domain([0, 100]).range([0, 100]);

  it('puts known parts end to end on the scale', () => {
    const [a, b] = stackedBar({
      scale,
      y: 0,
      height: 10,
      parts: [
        { value: known(30), fill: 'red' },
        { value: known(20), fill: 'blue' },
      ],
    });
    expect(a).toEqual([{ type: 'rect', x: 0, y: 0, width: 30, height: 10, fill: 'red' }]);
    expect(b).toEqual([{ type: 'rect', x: 30, y: 0, width: 20, height: 10, fill: 'blue' }]);
  });

  it('draws an unknown part as a hatched box after the known ones, never as a part of zero', () => {
    const [first, second] = stackedBar({
      scale,
      y: 0,
      height: 10,
      parts: [
        { value: unknown, fill: 'red' },
        { value: known(50), fill: 'blue' },
      ],
    });
    expect(second![0]).toMatchObject({ x: 0, width: 50 });
    expect(first![0]).toMatchObject({ x: 54, width: UNKNOWN_PART, unknown: true });
  });
});

describe('pairedBars', () => {
  it('outlines the plan and fills the result, so a result past its plan runs past the outline', () => {
    const scale = scaleLinear().domain([0, 200]).range([10, 210]);
    const { planned, result } = pairedBars({
      scale,
      y: 0,
      height: 20,
      planned: 75,
      result: 150,
      fill: 'red',
      stroke: 'black',
    });
    expect(planned).toMatchObject({ x: 10, width: 75, fill: 'none', stroke: 'black' });
    expect(result).toMatchObject({ x: 10, width: 150, y: 5, height: 10, fill: 'red' });
  });
});

describe('valueLabel', () => {
  const base = {
    text: '1,000',
    size: 10,
    y: 5,
    start: 100,
    gap: 8,
    left: 100,
    right: 300,
    belowY: 40,
  };

  it('goes after the bar when it fits before the right edge', () => {
    expect(valueLabel({ ...base, end: 150 }).shape).toMatchObject({ x: 158, y: 5 });
  });

  it('goes before the bar when it would run past the edge and there is room', () => {
    expect(valueLabel({ ...base, start: 200, end: 290 }).shape).toMatchObject({
      x: 192,
      anchor: 'end',
    });
  });

  it('goes below, flush with the bar’s end, when neither side has room', () => {
    expect(valueLabel({ ...base, end: 295 })).toMatchObject({
      below: true,
      shape: { x: 295, y: 40, anchor: 'end' },
    });
  });

  it('below a bar shorter than its words, starts at the left edge rather than past it', () => {
    const words = 'at least 6,000,000 and more';
    const { shape } = valueLabel({ ...base, text: words, right: 200, end: 120 });
    expect(shape).toMatchObject({ x: 100 + textWidth(words, 10, 'bold'), anchor: 'end' });
  });
});

describe('arrowhead', () => {
  it('points right from an upright base, or down from a level one', () => {
    expect(arrowhead({ at: 10, from: 0, to: 20, length: 5, direction: 'right', fill: 'x' }).d).toBe(
      'M10,0 L15,10 L10,20 Z',
    );
    expect(arrowhead({ at: 10, from: 0, to: 20, length: 5, direction: 'down', fill: 'x' }).d).toBe(
      'M0,10 L10,15 L20,10 Z',
    );
  });
});

describe('paging', () => {
  it('never splits a whole from its parts across two pages', () => {
    expect(pageUnits([['a'], ['b'], ['c', 'c1', 'c2'], ['d']], 3)).toEqual([
      ['a', 'b'],
      ['c', 'c1', 'c2'],
      ['d'],
    ]);
  });

  it('numbers a title only when there is more than one page', () => {
    const say = messages('en', [readSharedChartWords('en')]);
    expect([numbered(say, 'T', 0, 1), numbered(say, 'T', 1, 3)]).toEqual(['T', 'T (2 of 3)']);
  });
});

describe('yearPanels', () => {
  const f = frame.wide;
  const part = (id: string, value: Quantity, figure: string) => ({
    id,
    label: id,
    value,
    fill: 'red',
    figure,
  });
  const panel = (heading: string, values: readonly Quantity[], weight = 1) => ({
    heading,
    weight,
    rows: values.map((value, i) => ({
      year: 1930 + i,
      lanes: [[part(`${heading}-${1930 + i}`, value, `figure ${i}`)]],
    })),
  });
  const draw = (
    stacked: boolean,
    panels = [panel('Held', [known(10), known(5)], 2), panel('Deaths', [known(1), known(2)])],
  ) => yearPanels(f, 0, { panels, stacked, axis: { title: 'persons', format: String } });
  const yearNames = (shapes: Shape[]) =>
    shapes.filter((s) => s.type === 'text' && /^\d{4}$/.test(s.text)).length;
  const barOf = (marks: Mark[], id: string) =>
    marks.find((m) => m.id === id)!.shapes.find((s) => s.type === 'rect')!;
  const figureOf = (marks: Mark[], id: string) =>
    marks.find((m) => m.id === id)!.shapes.find((s) => s.type === 'text')!;

  it('side by side, names each year once and draws both panels’ rows at the same heights', () => {
    const { shapes, marks } = draw(false);
    expect(yearNames(shapes)).toBe(2);
    expect(barOf(marks, 'Held-1931').y).toBe(barOf(marks, 'Deaths-1931').y);
  });

  it('one under the other, names the years in each panel and starts the second below the first’s axis', () => {
    const { shapes, marks, bottom } = draw(true);
    expect(yearNames(shapes)).toBe(4);
    const firstDeaths = barOf(marks, 'Deaths-1930').y;
    expect(firstDeaths).toBeGreaterThan(barOf(marks, 'Held-1931').y + 40);
    expect(bottom).toBeGreaterThan(firstDeaths);
  });

  it('shares the width by the panels’ weights and keeps each row’s figures short of the next panel', () => {
    const { marks } = draw(false);
    const held = barOf(marks, 'Held-1930');
    const deaths = barOf(marks, 'Deaths-1931');
    expect(held.width / deaths.width).toBeCloseTo(2, 1);
    const figure = figureOf(marks, 'Held-1930');
    expect(figure.x + textWidth('figure 0', f.small)).toBeLessThan(deaths.x);
  });

  it('keeps a heading to one line beside another panel, taking the room it needs', () => {
    const long = 'A heading much longer than the bars under it would need';
    const { shapes } = draw(false, [panel(long, [known(1)]), panel('Deaths', [known(1)])]);
    expect(shapes.filter((s) => s.type === 'text' && s.text === long)).toHaveLength(1);
  });

  it('boxes an unknown part after the known ones, hatched, and prints its figure after the box', () => {
    const row = {
      year: 1930,
      lanes: [[part('known', known(10), '10'), part('unknown', unknown, '?')]],
    };
    const { marks } = draw(false, [{ heading: 'Held', weight: 1, rows: [row] }]);
    const known10 = barOf(marks, 'known');
    const box = barOf(marks, 'unknown');
    expect(box).toMatchObject({ width: UNKNOWN_PART, unknown: true });
    expect(box.x).toBe(known10.x + known10.width + 4);
    expect(figureOf(marks, 'unknown').x).toBeGreaterThan(box.x + box.width);
  });

  it('stops where a panel beside the first has years the first does not name, in its order', () => {
    const side = (later: ReturnType<typeof panel>) => () =>
      draw(false, [panel('Held', [known(1), known(2)]), later]);
    expect(side(panel('Same', [known(1)]))).not.toThrow();
    const shifted = { ...panel('From 1931', [known(1)]), rows: [{ year: 1931, lanes: [] }] };
    expect(side(shifted)).toThrow('“From 1931” has years the rows beside it do not name');
  });

  it('gives each panel an axis of its own', () => {
    const { beneath } = draw(false);
    const titles = beneath.filter((s) => s.type === 'text' && s.text === 'persons');
    expect(titles).toHaveLength(2);
  });
});

describe('figureRows', () => {
  interface Row {
    id: string;
    label: string;
    value: number;
    part: boolean;
  }
  const groups = [
    {
      title: 'First group',
      rows: [
        { id: 'a', label: 'People deported', value: 1_000_000, part: false },
        { id: 'b', label: 'People resettled', value: 400_000, part: true },
      ],
    },
    { title: 'Second group', rows: [{ id: 'c', label: 'Deaths', value: 2_000_000, part: false }] },
  ];
  const spec = (): FigureRowsSpec<Row> => ({
    values: groups.flatMap((g) => g.rows.map((r) => r.value)),
    label: (row) => row.label,
    caption: () => 'A work',
    isPart: (row) => row.part,
    bar: (row) => ({ ...row, note: '', text: '', fill: 'blue' }),
    axis: { title: 'persons', format: String },
    ofWhich: (label) => `of which, ${label.toLowerCase()}`,
  });
  const words = { title: 'T', subtitle: 'S', description: 'D', source: 'Source: A work' };
  const texts = (shapes: Shape[]) => shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
  const width = (scene: ReturnType<typeof figureRows>, id: string) => {
    const rect = scene.marks.find((m) => m.id === id)!.shapes[0]!;
    return rect.type === 'rect' ? rect.width : NaN;
  };

  it('reads a part as a part of the row above: “of which”, set in under it', () => {
    const scene = figureRows(spec(), groups, 'wide', words);
    const lines = texts(scene.decorations);
    expect(lines).toContain('of which, people resettled');
    expect(lines).toContain('First group');
  });

  it('puts the label beside the bar on a wide frame and above it on a narrow one', () => {
    const barOf = (variant: 'wide' | 'narrow') => {
      const rect = figureRows(spec(), groups, variant, words).marks[0]!.shapes[0]!;
      return rect.type === 'rect' ? rect.x : NaN;
    };
    // Beside the bars, the label column takes at least 30% of the width inside the margins.
    expect(barOf('wide')).toBeGreaterThan(frame.wide.margin + 0.3 * (frame.wide.width - 48));
    expect(barOf('narrow')).toBe(frame.narrow.margin);
  });

  it('widens the label column for longer labels, taking the room from the bars’ side, which stays at least as wide', () => {
    const longer = groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => ({ ...r, label: `${r.label} ${r.label} ${r.label}`.repeat(2) })),
    }));
    const startOf = (scene: ReturnType<typeof figureRows>) =>
      (scene.marks[0]!.shapes[0] as { x: number }).x;
    const short = figureRows(spec(), groups, 'wide', words);
    const long = figureRows(spec(), longer, 'wide', words);
    expect(startOf(long)).toBeGreaterThan(startOf(short));
    const barsEnd = frame.wide.width - frame.wide.margin;
    expect(barsEnd - startOf(long)).toBeGreaterThanOrEqual(startOf(long) - frame.wide.margin - 16);
  });

  const sceneWords = {
    heading: { title: 'T', subtitle: 'S', slideSubtitle: 'Short' },
    say: messages('en', [readSharedChartWords('en')]),
    source: 'Sources: A; B',
    credit: 'Sources: A; B · credit',
    sources: {
      title: (name: string) => name,
      line: (names: readonly string[]) => `Sources: ${names.join('; ')}`,
    },
  };

  it('on slides, titles each with its group, draws no group heading, names its own figures’ sources and keeps the whole chart’s scale', () => {
    const chart = figureRowsChart({
      spec,
      groups: () => groups,
      describe: () => 'D',
      sourceNames: (row: Row) => [row.id === 'c' ? 'B' : 'A'],
    });
    const slides = chart.slides(null, sceneWords);
    expect(slides.map((s) => [s.title, s.subtitle, s.source])).toEqual([
      ['First group (1 of 2)', 'Short', 'Sources: A'],
      ['Second group (2 of 2)', 'Short', 'Sources: B'],
    ]);
    expect(texts(slides[0]!.decorations)).not.toContain('First group');
    const all = figureRows(spec(), groups, 'projector', words);
    expect(width(slides[0]!, 'a')).toBeCloseTo(width(all, 'a'));
    expect(width(slides[1]!, 'c')).toBeCloseTo(width(all, 'c'));
  });

  it('pages a group as the chart asks, a whole never apart from its parts, numbering the slides across the chart', () => {
    const third = { id: 'd', label: 'People counted again', value: 300_000, part: false };
    const longer = [{ ...groups[0]!, rows: [...groups[0]!.rows, third] }, groups[1]!];
    const chart = figureRowsChart({
      spec: () => ({ ...spec(), values: [1_000_000, 2_000_000] }),
      groups: () => longer,
      rowsPerSlide: 2,
      describe: () => 'D',
      sourceNames: () => ['A'],
    });
    const slides = chart.slides(null, sceneWords);
    expect(slides.map((s) => [s.title, s.marks.map((m) => m.id)])).toEqual([
      ['First group (1 of 3)', ['a', 'b']],
      ['First group (2 of 3)', ['d']],
      ['Second group (3 of 3)', ['c']],
    ]);
  });
});

describe('spanBar', () => {
  const span = { from: 10, to: 50, across: 100, thickness: 20, fill: 'x' };

  it('lies along time to the right or downwards, at least 2 px long', () => {
    expect(spanBar({ ...span, direction: 'right', open: false })).toEqual([
      expect.objectContaining({ x: 10, y: 100, width: 40, height: 20 }),
    ]);
    expect(spanBar({ ...span, direction: 'down', open: false })[0]).toMatchObject({
      x: 100,
      y: 10,
      width: 20,
      height: 40,
    });
    expect(spanBar({ ...span, to: 10, direction: 'right', open: false })[0]).toMatchObject({
      width: 2,
    });
  });

  it('ends in an arrowhead across its whole thickness when it goes on past the axis', () => {
    const [, arrow] = spanBar({ ...span, direction: 'right', open: true });
    expect(arrow).toMatchObject({ type: 'path', d: 'M50,96 L60,110 L50,124 Z' });
  });
});

describe('the bar of a figure row', () => {
  const words = { title: 'T', subtitle: 'S', description: 'D', source: 'Source: A work' };
  interface Row {
    bar: FigureBar;
    part?: boolean;
  }
  // Every figure of these rows lies on a scale of 0–100.
  const draw = (rows: Row[], variant: Variant = 'wide', brackets = true) =>
    figureRows<Row>(
      {
        values: [100],
        label: (row) => row.bar.label,
        caption: () => 'A work',
        isPart: (row) => row.part ?? false,
        axis: { title: 'persons', format: String },
        ofWhich: (label) => `of which, ${label}`,
        brackets,
        bar: (row) => row.bar,
      },
      [{ title: 'Group', rows }],
      variant,
      words,
    );
  const named = (id: string) => ({ id, label: id, note: '' });
  const figure = (id: string, value: number): FigureBar => ({
    ...named(id),
    value,
    text: String(value),
    fill: 'blue',
  });
  const limitedBy = (limit: string, toDeath: string): FigureBar => ({
    ...figure('result', 80),
    planned: { ...named('limit'), value: 100, text: limit },
    subset: { ...named('deaths'), value: 30, text: toDeath, fill: 'red' },
  });
  const limited = limitedBy('limit 100', '30 to death');
  type Scene = ReturnType<typeof draw>;
  const shapesOf = (scene: Scene, id: string) => scene.marks.find((m) => m.id === id)!.shapes;
  type Rect = Extract<Shape, { type: 'rect' }>;
  const rectOf = (scene: Scene, id: string) => shapesOf(scene, id)[0] as Rect;
  const wordsOf = (scene: Scene, id: string) =>
    shapesOf(scene, id).find((s) => s.type === 'text') as Extract<Shape, { type: 'text' }>;

  it('draws a limit as an outline around its result and a subset inside the result, each a mark of its own', () => {
    const scene = draw([{ bar: limited }]);
    expect(scene.marks.map((m) => m.id)).toEqual(['limit', 'result', 'deaths']);
    const [outline, result, inside] = ['limit', 'result', 'deaths'].map((id) => rectOf(scene, id));
    expect(outline).toMatchObject({ fill: 'none' });
    const within = (inner: Rect, outer: Rect) => {
      expect(inner.x).toBe(outer.x);
      expect(inner.width).toBeLessThan(outer.width);
      expect(inner.y).toBeGreaterThanOrEqual(outer.y);
      expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
    };
    within(result!, outline!);
    within(inside!, result!);
  });

  it('puts the words of a limit and of a subset after the value, one after the other, where they fit', () => {
    const scene = draw([{ bar: limited }]);
    const [value, limit, deaths] = ['result', 'limit', 'deaths'].map((id) => wordsOf(scene, id)!);
    expect(new Set([value!.y, limit!.y, deaths!.y]).size).toBe(1);
    expect(limit!.x).toBeGreaterThan(value!.x + textWidth(value!.text, value!.size, 'bold'));
    expect(deaths!.x).toBeGreaterThan(limit!.x + textWidth(limit!.text, limit!.size));
  });

  it('puts them under the bar, a line each, where the line has no room left', () => {
    const long = limitedBy('a limit of 100, as the order set it', '30 of them sentenced to death');
    const scene = draw([{ bar: long }], 'narrow');
    const [value, limit, deaths] = ['result', 'limit', 'deaths'].map((id) => wordsOf(scene, id)!);
    expect(limit!.y).toBeGreaterThan(value!.y);
    expect(deaths!.y).toBeGreaterThan(limit!.y);
    expect(limit!.x).toBe(deaths!.x);
  });

  it('draws a range from its low to its high estimate, with a cap at each end', () => {
    const scene = draw([
      { bar: { ...named('range'), low: 40, high: 90, text: '40–90', fill: 'blue' } },
    ]);
    const [band, low, high] = shapesOf(scene, 'range');
    expect(low).toMatchObject({ type: 'line' });
    expect(high).toMatchObject({ type: 'line' });
    expect((low as { x1: number }).x1).toBe((band as { x: number }).x);
    expect((high as { x1: number }).x1).toBeCloseTo(
      (band as { x: number; width: number }).x + (band as { width: number }).width,
    );
  });

  it('ends a floor, “at least”, in an arrowhead at the end of its bar, its value past the arrow', () => {
    const plain = draw([{ bar: figure('plain', 50) }]);
    const floor = draw([{ bar: { ...figure('floor', 50), atLeast: true } }]);
    const bar = rectOf(floor, 'floor');
    const arrow = shapesOf(floor, 'floor')[1]!;
    expect(arrow.type === 'path' && arrow.d.startsWith(`M${bar.x + bar.width},`)).toBe(true);
    expect(wordsOf(floor, 'floor').x).toBeGreaterThan(wordsOf(plain, 'plain').x);
  });

  it('ties a part to its whole with a bracket where the chart asks for one, except on a narrow frame', () => {
    const rows = [{ bar: figure('whole', 90) }, { bar: figure('part', 40), part: true }];
    const brackets = (scene: Scene) => scene.decorations.filter((s) => s.type === 'path').length;
    expect(brackets(draw(rows))).toBe(1);
    expect(brackets(draw(rows, 'narrow'))).toBe(0);
    expect(brackets(draw(rows, 'wide', false))).toBe(0);
  });
});

describe('stackParts', () => {
  const part = (name: string, height: number) => (top: number) => ({
    beneath: [{ type: 'line' as const, x1: 0, y1: top, x2: 1, y2: top, stroke: name }],
    shapes: [{ type: 'text' as const, x: 0, y: top, text: name, size: 10 }],
    marks: [{ id: name, label: name, shapes: [] }],
    bottom: top + height,
  });

  it('draws each part from where the one before it ends, and ends where the last does', () => {
    const body = stackParts(10, [part('a', 5), part('b', 20), part('c', 0)]);
    expect(body.shapes.map((s) => (s.type === 'text' ? [s.text, s.y] : []))).toEqual([
      ['a', 10],
      ['b', 15],
      ['c', 35],
    ]);
    expect(body.bottom).toBe(35);
  });

  it('keeps every part’s marks and what goes beneath, in the parts’ order', () => {
    const body = stackParts(0, [part('a', 5), part('b', 5)]);
    expect(body.marks.map((m) => m.id)).toEqual(['a', 'b']);
    expect(body.beneath).toHaveLength(2);
  });

  it('of no parts, is empty and ends where it starts', () => {
    expect(stackParts(7, [])).toEqual({ beneath: [], shapes: [], marks: [], bottom: 7 });
  });
});

describe('dumbbells', () => {
  const words = { title: 'T', subtitle: 'S', description: 'D', source: 'Source: A work' };
  const keys = [
    { name: '1921', fill: 'white', stroke: 'blue' },
    { name: '1925', fill: 'red', stroke: 'red' },
  ];
  const point = (id: string, value: Quantity, key: number) => ({
    id,
    label: id,
    value,
    key,
    text: value.status === 'known' ? String(value.value) : '1921: unknown',
  });
  const draw = (label: string, variant: Variant = 'wide') =>
    dumbbells(
      {
        keys,
        axis: { title: 'persons', format: String },
        rows: [
          {
            label,
            points: [point('a-1921', known(100), 0), point('a-1925', known(40), 1)],
            end: { text: '−60%' },
          },
          { label: 'B', points: [point('b-1925', known(20), 1)], after: '1925 only' },
          { label: 'C', points: [point('c-1921', unknown, 0), point('c-1925', known(10), 1)] },
        ],
      },
      variant,
      words,
    );
  const shapeOf = (scene: ReturnType<typeof draw>, id: string) =>
    scene.marks.find((m) => m.id === id)!.shapes[0]!;

  it('draws a dot for each figure given, one for a row with one, and a hatched box for an unknown', () => {
    const scene = draw('A');
    expect(scene.marks.map((m) => m.id)).toEqual([
      'a-1921',
      'a-1925',
      'b-1925',
      'c-1921',
      'c-1925',
    ]);
    expect(shapeOf(scene, 'b-1925')).toMatchObject({ type: 'circle', fill: 'red' });
    expect(shapeOf(scene, 'c-1921')).toMatchObject({ type: 'rect', unknown: true });
  });

  it('starts the scale after the widest name, up to a third of the frame, where a longer one wraps', () => {
    const start = (label: string) => (shapeOf(draw(label), 'c-1921') as { x: number }).x;
    expect(start('A much longer name')).toBeGreaterThan(start('A'));
    const third = (frame.wide.width - 2 * frame.wide.margin) / 3;
    expect(start('A name far too long to stand on one line '.repeat(3))).toBeLessThan(
      frame.wide.margin + third + 40,
    );
  });
});

describe('barTable', () => {
  const words = { unknown: '? unknown', notPrinted: '— not printed', format: String };
  const columns = [
    { short: 'A', fill: 'blue' },
    { short: 'B', fill: 'red' },
  ];
  const cell = (id: string, value: Quantity) => ({ id, label: id, value, words: `${id} in words` });
  const rows = [
    { label: 'One', detail: '', cells: [cell('one-a', known(1000)), cell('one-b', known(10))] },
    { label: 'Two', detail: 'incl. 5', cells: [cell('two-a', unknown), cell('two-b', notGiven)] },
  ];
  const draw = (variant: Variant, onScale = true) => {
    const table = barTable(variant, columns, rows, words);
    return { table, body: barTableRows(table, rows, onScale, 100) };
  };
  const shapesOf = (body: ReturnType<typeof draw>['body'], id: string) =>
    body.marks.find((m) => m.id === id)!.shapes;

  it('gives each column a scale of its own, from zero to its largest figure', () => {
    const { table } = draw('wide');
    expect(table.scales.map((scale) => scale.domain()[1])).toEqual([1000, 10]);
  });

  it('draws an unknown as a hatched box with its words, never a bar of zero, and an empty cell as words', () => {
    const { body } = draw('wide');
    expect(shapesOf(body, 'two-a')[0]).toMatchObject({ type: 'rect', unknown: true });
    expect(shapesOf(body, 'two-a')[1]).toMatchObject({ type: 'text', text: '? unknown' });
    expect(shapesOf(body, 'two-b')).toEqual([
      expect.objectContaining({ type: 'text', text: '— not printed' }),
    ]);
  });

  it('ends every bar where its value still fits before the next column or the frame’s edge', () => {
    for (const variant of ['wide', 'narrow', 'projector'] as const) {
      const { table, body } = draw(variant);
      const value = shapesOf(body, 'one-a')[1] as { x: number; text: string };
      const end = value.x + textWidth(value.text, frame[variant].small);
      expect(end).toBeLessThanOrEqual(
        variant === 'narrow' ? frame.narrow.width - frame.narrow.margin : table.places[1]!.x0,
      );
    }
  });

  it('on a phone stands a row’s cells one under another, each after its column’s short name', () => {
    const { body } = draw('narrow');
    const [a, b] = ['one-a', 'one-b'].map(
      (id) => shapesOf(body, id)[0] as { x: number; y: number },
    );
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(body.shapes.filter((s) => s.type === 'text' && s.text === 'B')).toHaveLength(2);
  });

  it('on a phone states the scales it cannot draw, from each column’s largest figure, under the rows', () => {
    const scaledOn = (variant: Variant) =>
      barTableScaled(
        barTable(variant, columns, rows, words),
        rows,
        {
          headings: ['Column A', 'Column B'],
          onPhone: { heading: 'People', scales: (largest) => `Scales: ${largest.join(' and ')}` },
        },
        0,
      );
    const texts = (body: Body) => body.shapes.flatMap((s) => (s.type === 'text' ? [s.text] : []));
    const phone = scaledOn('narrow');
    expect(texts(phone)).toEqual(expect.arrayContaining(['People', 'Scales: 1000 and 10']));
    expect(phone.beneath).toEqual([]);
    const page = scaledOn('wide');
    expect(texts(page)).toEqual(expect.arrayContaining(['Column A', 'Column B']));
    expect(page.beneath!.length).toBeGreaterThan(0);
  });

  it('on no scale, shows each figure in words', () => {
    const { body } = draw('wide', false);
    expect(shapesOf(body, 'one-a')).toEqual([
      expect.objectContaining({ type: 'text', text: 'one-a in words' }),
    ]);
  });
});

describe('spanLane and eventRows', () => {
  const f = frame.wide;
  const x = scaleUtc()
    .domain([Date.UTC(1917, 0), Date.UTC(1942, 0)])
    .range([100, f.width - f.margin]);
  const span = (id: string, from: number, to: number, name: string) => ({
    id,
    label: id,
    from: Date.UTC(from, 0),
    to: Date.UTC(to, 0),
    open: false,
    fill: 'blue',
    name,
  });
  /** A lane 32 units tall at y = 50. */
  const laneOf = (spans: ReturnType<typeof span>[]) =>
    spanLane(f, x, { name: 'Lane', height: 32, spans }, 50);
  const textsOf = (body: { marks: Mark[] }, id: string) =>
    body.marks
      .find((m) => m.id === id)!
      .shapes.filter((s): s is Extract<Shape, { type: 'text' }> => s.type === 'text');

  it('prints a name on its bar where it fits, and under the bar, ending at its start, where it does not', () => {
    const lane = laneOf([
      span('long', 1920, 1935, 'OGPU'),
      span('short', 1935, 1936, 'A longer name'),
    ]);
    expect(textsOf(lane, 'long')[0]!.y).toBeLessThan(50 + 32);
    const under = textsOf(lane, 'short')[0]!;
    expect(under.y).toBeGreaterThan(50 + 32);
    expect(under.anchor).toBe('end');
  });

  it('sets names under their bars on rows of their own where two would touch', () => {
    const lane = laneOf([
      span('a', 1934, 1935, 'First name'),
      span('b', 1935, 1936, 'Second name'),
    ]);
    expect(textsOf(lane, 'b')[0]!.y).toBeGreaterThan(textsOf(lane, 'a')[0]!.y);
  });

  it('draws nothing for a lane with no spans, and takes no room', () => {
    expect(laneOf([])).toEqual({
      shapes: [],
      marks: [],
      bottom: 50,
    });
  });

  it('puts each event’s label on the first row where it touches no other, with a leader line to its bar', () => {
    const event = (id: string, year: number) => ({
      id,
      label: id,
      from: Date.UTC(year, 0),
      to: Date.UTC(year, 1),
      words: `${id}: an event of ${year}`,
      fill: 'red',
    });
    const rows = eventRows(
      f,
      x,
      {
        heading: 'Events',
        events: [event('a', 1930), event('b', 1931), event('c', 1940)],
        left: 100,
      },
      0,
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => textsOf(rows, id)[0]!.y);
    expect(b).toBeGreaterThan(a!);
    expect(c).toBe(a);
    expect(rows.shapes.filter((s) => s.type === 'line')).toHaveLength(3);
  });
});

describe('timeLanes', () => {
  const span = (id: string, from: number, to: number) => ({
    id,
    label: `${id}, ${from}–${to}`,
    from: Date.UTC(from, 0),
    to: Date.UTC(to, 0),
    open: false,
    fill: 'blue',
    name: id,
    words: `${from}–${to}: ${id}`,
  });
  const fixture: TimeLanes = {
    domain: [Date.UTC(1920, 0), Date.UTC(1930, 0)],
    lanes: [
      { name: 'Ministry', height: 24, narrow: 'withEvents', spans: [span('ministry', 1920, 1925)] },
      { name: 'Agencies', height: 32, narrow: 'upright', spans: [span('a1', 1920, 1926)] },
      { name: 'Heads', height: 32, narrow: 'upright', spans: [span('h1', 1920, 1928)] },
    ],
    events: {
      heading: 'Events',
      items: [{ ...span('war', 1922, 1923), words: '1922: a war' }],
    },
    readingOrder: ['a1', 'h1', 'ministry', 'war'],
  };
  const words = { title: 'Lanes', subtitle: '', description: 'A fixture.', source: 'Source: none' };
  const shapesOf = (marks: Mark[], id: string) => marks.find((m) => m.id === id)!.shapes;

  it('gives its marks in the reading order on every frame, whatever order they are drawn in', () => {
    for (const variant of ['wide', 'narrow', 'projector'] as const)
      expect(timeLanes(fixture, variant, words).marks.map((m) => m.id)).toEqual(
        fixture.readingOrder,
      );
  });

  it('runs time across on a wide frame and down on a phone', () => {
    const [wide, narrow] = (['wide', 'narrow'] as const).map((v) => timeLanes(fixture, v, words));
    const bar = (marks: Mark[]) => shapesOf(marks, 'a1')[0] as { width: number; height: number };
    expect(bar(wide!.marks).width).toBeGreaterThan(bar(wide!.marks).height);
    expect(bar(narrow!.marks).height).toBeGreaterThan(bar(narrow!.marks).width);
  });

  it('sets a lane kept with the events on a phone as a thin outlined bar, labelled as an event is', () => {
    const { marks } = timeLanes(fixture, 'narrow', words);
    const [ministry, war] = ['ministry', 'war'].map((id) => shapesOf(marks, id));
    expect(ministry![0]).toMatchObject({ type: 'rect', width: 4 });
    expect((ministry![0] as { stroke?: string }).stroke).toBeDefined();
    expect(war![0]).toMatchObject({ type: 'rect', width: 6 });
    expect(ministry!.some((s) => s.type === 'text' && s.text === '1920–1925: ministry')).toBe(true);
  });

  it('leaves out of the name column a lane with nothing drawn, as a slide of the events has', () => {
    const eventsOnly = { ...fixture, lanes: fixture.lanes.map((l) => ({ ...l, spans: [] })) };
    const barX = (spec: TimeLanes) =>
      (shapesOf(timeLanes(spec, 'wide', words).marks, 'war')[0] as { x: number }).x;
    expect(barX(eventsOnly)).toBeLessThan(barX(fixture));
    const long = {
      ...eventsOnly,
      lanes: [{ ...eventsOnly.lanes[0]!, name: 'A very long lane name' }],
    };
    expect(barX(long)).toBe(barX(eventsOnly));
  });

  it('clips a span to the axis, one that runs on past it ending in an arrowhead', () => {
    const lanes = fixture.lanes.map((lane, i) =>
      i === 1 ? { ...lane, spans: [{ ...span('a1', 1910, 1926), to: null }] } : lane,
    );
    const { marks } = timeLanes({ ...fixture, lanes }, 'wide', words);
    const [bar, arrow] = shapesOf(marks, 'a1') as { type: string; x?: number; width?: number }[];
    const start = (shapesOf(marks, 'h1')[0] as { x: number }).x;
    expect(bar!.x).toBe(start);
    expect(arrow!.type).toBe('path');
  });

  it('stops on a phone unless it has exactly two upright lanes', () => {
    const one = { ...fixture, lanes: fixture.lanes.slice(0, 2) };
    expect(() => timeLanes(one, 'narrow', words)).toThrow(/two upright/);
  });
});

describe('partsBar', () => {
  const f = frame.wide;
  const part = (id: string, value: number) => ({ id, label: id, value, fill: 'blue', key: id });
  const { marks, bottom } = partsBar(f, [part('big', 5000), part('tiny', 1), part('mid', 2000)], 0);
  const barOf = (id: string) =>
    marks.find((m) => m.id === id)!.shapes[0] as { x: number; width: number };

  it('sets the parts end to end across the frame, the smallest still 2 units wide', () => {
    expect(barOf('big').x).toBe(f.margin);
    expect(barOf('tiny').width).toBe(2);
    expect(barOf('mid').x + barOf('mid').width).toBeCloseTo(f.width - f.margin, 5);
  });

  it('keys each part on a line of its own under the bar', () => {
    const keyLines = marks.map((m) => (m.shapes[2] as { y: number }).y);
    expect(new Set(keyLines).size).toBe(3);
    expect(bottom).toBeGreaterThan(Math.max(...keyLines));
  });
});

/** Words for a fixture chart's scene: its messages (and the shared ones), a heading, one source. */
const fixtureWords = (
  file: { file: string; messages: Record<string, string> },
  heading = { title: 'T', subtitle: 'S', slideSubtitle: 'Short' },
) => ({
  heading,
  say: messages('en', [readSharedChartWords('en'), file]),
  source: 'Source: A',
  credit: 'Source: A · credit',
  sources: { title: (name: string) => name, line: () => 'Source: A' },
});

/** A real chart's words, for a fixture drawn on its kind. */
function chartWords(slug: string) {
  const { messages: own, file, heading } = readChartFile(slug, 'en');
  return fixtureWords({ file, messages: own }, heading);
}

describe('yearPanelsChart', () => {
  interface FixtureYear {
    year: number;
    note: string;
    held: number;
    deaths: Quantity;
  }
  const words = fixtureWords({
    file: 'fixture.md',
    messages: {
      'panel-a': 'Held',
      'panel-b': 'Deaths',
      'mark-held': '{year}: {count} held',
      'mark-deaths': '{year}: {count, select, none {no figure} other {{count} deaths}}',
      'figure-held': '{count}',
      'figure-deaths': '{count, select, none {?} other {{count}}}',
      'table-caption': 'Fixture',
      'col-year': 'Year',
      'col-held': 'Held',
      'col-deaths': 'Deaths',
      'cell-figure': '{count, select, none {no figure} other {{count}}}',
      'explorer-held': 'Held',
      'explorer-deaths': 'Deaths',
    },
  });
  const chart = yearPanelsChart<FixtureYear>({
    dataset: 'gulag-population',
    measures: [
      { key: 'held', field: 'held', fill: 'blue', panel: 0, lane: 0 },
      { key: 'deaths', field: 'deaths', fill: 'red', panel: 1, lane: 0, emphasised: true },
    ],
    panels: [
      { heading: 'panel-a', weight: 2 },
      { heading: 'panel-b', weight: 1 },
    ],
    describe: () => 'A fixture.',
  });
  const years: FixtureYear[] = [
    { year: 1930, note: 'A note.', held: 100, deaths: unknown },
    { year: 1931, note: '', held: 200, deaths: known(7) },
  ];

  it('makes a mark <key>-<year> of every measure of every year, named by its mark-<key>', () => {
    const { marks } = chart.parts.scene(years, 'wide', words);
    expect(marks.map((m) => m.id).sort()).toEqual(
      ['deaths-1930', 'deaths-1931', 'held-1930', 'held-1931'].sort(),
    );
    expect(marks.find((m) => m.id === 'deaths-1930')!.label).toBe('1930: no figure');
  });

  it('ties the year’s note to its first measure, whose mark is the row’s id in the table', () => {
    expect(chart.parts.notes(years)).toEqual([
      { marks: ['held-1930'], heading: '1930', text: 'A note.' },
    ]);
    const table = chart.parts.table(years, words);
    expect(table.columns.map((c) => c.label)).toEqual(['Year', 'Held', 'Deaths']);
    expect(table.rows[0]).toEqual({ id: 'held-1930', cells: ['1930', '100', 'no figure'] });
  });

  it('keeps an unknown as unknown in the explorer, never as zero', () => {
    const explorer = chart.parts.explorer(years, words);
    expect(explorer.rows[0]!.values).toEqual({ held: known(100), deaths: unknown });
  });
});

describe('twoYearChart', () => {
  const words = chartWords('personnel');
  const { say } = words;
  const record = (category: string, year: number, count: Quantity, comparable = '' as const) => ({
    category,
    year,
    count,
    comparable: comparable as '' | 'yes' | 'no',
    note: '',
  });
  const records = [
    record('Guards', 1934, known(100)),
    { ...record('Guards', 1939, known(50)), comparable: 'yes' as const },
    record('Clerks', 1939, known(20)),
  ];
  const chart = twoYearChart<(typeof records)[number]>({
    dataset: 'cheka-personnel',
    years: [1934, 1939],
  });
  const rows = chart.rows(records, say);

  it('compares the two years it is given, and draws a category of one year with one dot', () => {
    expect(rows.map((r) => [r.label, r.change])).toEqual([
      ['Guards', -0.5],
      ['Clerks', null],
    ]);
    const { marks } = chart.scene(rows, 'wide', words);
    expect(marks.map((m) => m.id)).toEqual(['guards-1934', 'guards-1939', 'clerks-1939']);
  });

  it('heads its table and explorer with its years, and keeps a year with no figure as not given', () => {
    const table = chart.table(rows, words);
    expect(table.columns.map((c) => c.label).slice(1, 3)).toEqual(['1934', '1939']);
    expect(table.rows[1]!.cells[1]).toBe('no figure printed');
    expect(chart.explorer(rows, words).rows[1]!.values).toEqual({
      1934: notGiven,
      1939: known(20),
    });
  });
});

describe('sourceTableChart', () => {
  const words = chartWords('gpu-1924');
  const chart = sourceTableChart({
    dataset: 'gpu-actions-1924',
    columns: [
      { key: 'arrested_or_checked', fill: 'blue' },
      { key: 'killed', fill: 'red', unit: 'persons' },
    ],
    describe: () => 'A fixture.',
  });
  const row = (id: string, unit: Unit, arrested: Quantity, killed: Quantity) => ({
    id,
    category: id,
    unit,
    values: { arrested_or_checked: arrested, killed },
    details: [],
    note: '',
  });
  const printed = (field: 'arrested_or_checked' | 'killed', stated: number) => ({
    field,
    stated_total: stated,
    unit_as_printed: 'persons',
    known_discrepancy: '',
    note: '',
  });
  const table = chart.tableOf(
    [row('raids', 'persons', known(40), unknown), row('letters', 'letters', known(960), known(2))],
    [printed('arrested_or_checked', 1000), printed('killed', 2)],
  );
  const shapesOf = (scene: Scene, id: string) => scene.marks.find((m) => m.id === id)!.shapes;

  it('checks each printed total against its column, split by what the cells count', () => {
    expect(table.totals.map((t) => [t.measure, t.agrees, t.unknownCells, t.byUnit])).toEqual([
      [
        'arrested_or_checked',
        true,
        0,
        [
          { unit: 'persons', sum: 40 },
          { unit: 'letters', sum: 960 },
        ],
      ],
      ['killed', true, 1, [{ unit: 'persons', sum: 2 }]],
    ]);
  });

  it('draws the people as bars, an unknown as a hatched box, and other units in words on no scale', () => {
    const scene = chart.parts.scene(table, 'wide', words);
    expect(shapesOf(scene, 'raids-arrested-or-checked')[0]).toMatchObject({ type: 'rect' });
    expect(shapesOf(scene, 'raids-killed')[0]).toMatchObject({ unknown: true });
    expect(shapesOf(scene, 'letters-arrested-or-checked')).toEqual([
      expect.objectContaining({ type: 'text', text: '960 letters' }),
    ]);
    // A total that adds letters to people is drawn in parts, each a mark.
    expect(scene.marks.map((m) => m.id)).toContain('total-arrested-or-checked-letters');
  });

  it('gives its three parts a slide each, and keeps the explorer to the rows of people', () => {
    expect(chart.parts.slides(table, words)).toHaveLength(3);
    expect(chart.parts.explorer(table, words).rows.map((r) => r.id)).toEqual(['raids']);
  });
});
