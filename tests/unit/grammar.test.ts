import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';

import { arrowhead } from '@/lib/charts/marks/arrow';
import { pairedBars } from '@/lib/charts/marks/paired';
import { UNKNOWN_PART, stackedBar } from '@/lib/charts/marks/stack';
import { valueLabel } from '@/lib/charts/marks/value-label';
import { pageUnits, numbered } from '@/lib/charts/paging';
import { stackedPanels } from '@/lib/charts/panels';
import { zeroBasedScale } from '@/lib/charts/scale';
import { known, notGiven, unknown } from '@/lib/data/quantity';

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

describe('stackedPanels', () => {
  it('gives each panel a value scale of its own, upwards from its bottom, one below the other', () => {
    const [peak, quiet] = stackedPanels(
      100,
      [
        { height: 200, values: [800_000, 20_000] },
        { height: 100, values: [20_000, 5_000] },
      ],
      30,
    );
    expect([peak!.top, peak!.bottom, quiet!.top, quiet!.bottom]).toEqual([100, 300, 330, 430]);
    expect(peak!.y(800_000)).toBe(100);
    expect(quiet!.y(20_000)).toBe(330);
    expect(quiet!.y(0)).toBe(430);
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
    expect([numbered('T', 0, 1), numbered('T', 1, 3)]).toEqual(['T', 'T (2 of 3)']);
  });
});
