import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { RichText } from '@/components/rich-text';
import { SourceCheckPanel } from '@/components/source-check';
import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import type { SourceDescriptor } from '@/lib/data/package-schema';
import { attributeInlines, attribution, figureAttributions } from '@/lib/text/attribution';
import { documentInlines } from '@/lib/text/document';
import { parseInline, plainText } from '@/lib/text/inline';
import { loadChartText } from '@/lib/text/load-text';

const werth: SourceDescriptor = {
  name: 'werth-1999',
  title: 'Werth, “A State against Its People” (1999)',
  shortTitle: 'Werth (1999)',
  citation: 'Nicolas Werth …',
};
const pavlov: SourceDescriptor = {
  name: 'pavlov-1953',
  title: 'The “Pavlov certificate” of 11 December 1953',
  shortTitle: 'The “Pavlov certificate” (1953)',
  citation: 'Certificate …',
};

describe('attribution', () => {
  it('says nothing more of a figure checked at a recorded page', () => {
    expect(attribution('checked', werth)).toBeNull();
  });

  it('says “reported by” for a figure read in its work without a page', () => {
    expect(attribution('reported', werth)).toBe('as reported by Werth (1999)');
  });

  it('says “as quoted from” for a figure seen only quoted elsewhere, in a sentence’s case', () => {
    expect(attribution('unchecked', pavlov)).toBe(
      'as quoted from the “Pavlov certificate” (1953); not checked in the original',
    );
  });
});

describe('attributeInlines', () => {
  const words = new Map([
    ['a', 'as quoted from X'],
    ['b', 'as quoted from X'],
  ]);

  it('puts the words after a figure that links to a figure not checked at a page', () => {
    expect(plainText(attributeInlines(parseInline('about [62,000](figure:a) cases.'), words))).toBe(
      'about 62,000 (as quoted from X) cases.',
    );
  });

  it('says them once in a sentence for figures that share them, after the last', () => {
    const text = '[1](figure:a) in 1937 and [2](mark:b) in 1938. Then [3](figure:a).';
    expect(plainText(attributeInlines(parseInline(text), words))).toBe(
      '1 in 1937 and 2 (as quoted from X) in 1938. Then 3 (as quoted from X).',
    );
  });

  it('leaves a figure without words as it is', () => {
    expect(plainText(attributeInlines(parseInline('[5](mark:c)'), words))).toBe('5');
  });
});

describe.each(charts.map((chart) => [chart.slug] as const))('the %s page', (slug) => {
  const attributions = figureAttributions(loadPackage());
  const text = loadChartText(slug);
  const markup = renderToStaticMarkup(
    <>
      <RichText blocks={text.blocks} references={new Map()} />
      <SourceCheckPanel checks={text.checks} questions={text.questions} references={new Map()} />
    </>,
  ).replace(/&quot;/g, '"');

  it('shows the attribution of every figure it links to that is not checked at a page', () => {
    const linked = [
      ...documentInlines(text.blocks),
      ...text.raw.checks.flatMap((c) => [...parseInline(c.scholarship), ...parseInline(c.why)]),
    ].flatMap((node) =>
      node.type === 'figure' || node.type === 'mark' ? (attributions.get(node.id) ?? []) : [],
    );
    for (const words of linked)
      expect(markup.replace(/&#x27;/g, "'"), words).toContain(`(${words})`);
  });
});
