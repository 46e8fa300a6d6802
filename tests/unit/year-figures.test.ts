import { describe, expect, it } from 'vitest';

import { figuresAfter } from '@/lib/charts/year-figures';
import { textWidth } from '@/lib/grammar/measure';
import { bold } from '@/lib/grammar/shapes';
import { frame } from '@/lib/grammar/theme';

describe('figuresAfter', () => {
  const f = frame.wide;

  it('prints the first figure just after the bars, on the row’s baseline', () => {
    const [first] = figuresAfter(f, 100, 50, ['790,665'], ['353,074']);
    expect(first).toMatchObject({ type: 'text', x: 108, y: 55, text: '790,665', size: f.small });
  });

  it('starts the second figure after the first, measured in the first’s weight', () => {
    const [, plain] = figuresAfter(f, 100, 50, ['90,546'], ['108,654']);
    const [, afterBold] = figuresAfter(f, 100, 50, ['90,546', bold], ['108,654']);
    expect(plain).toMatchObject({ x: 116 + textWidth('90,546', f.small) });
    expect(afterBold).toMatchObject({ x: 116 + textWidth('90,546', f.small, 'bold') });
  });

  it('gives each figure its own style', () => {
    const [first, second] = figuresAfter(f, 0, 0, ['1'], ['2', { ...bold, fill: 'red' }]);
    expect(first).not.toHaveProperty('weight');
    expect(second).toMatchObject({ weight: 'bold', fill: 'red' });
  });
});
