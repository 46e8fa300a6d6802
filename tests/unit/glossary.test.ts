import { describe, expect, it } from 'vitest';

import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { LOCALES } from '@/lib/locale/locales';
import { documentInlines, parseDocument } from '@/lib/text/document';
import { linkTerms, loadGlossary, parseGlossary } from '@/lib/text/glossary';
import { loadChartText } from '@/lib/text/load-text';

const glossary = (match: Record<string, string>, body: string) =>
  parseGlossary(
    `---\nmatch: {${Object.entries(match)
      .map(([id, pattern]) => `'${id}': '${pattern}'`)
      .join(', ')}}\n---\n\n${body}`,
    'glossary.md',
  );

const small = glossary(
  { gpu: 'GPU', ogpu: 'OGPU', kulak: 'кулак\\p{L}*', order: 'Order No\\. 00447' },
  [
    '## GPU {#gpu}',
    'The State Political Directorate.',
    '## OGPU {#ogpu}',
    'Its successor.',
    '## Кулак {#kulak}',
    'A peasant.',
    '## Order No. 00447 {#order}',
    'An order.',
  ].join('\n\n'),
);

const termsOf = (text: string) =>
  documentInlines(linkTerms(parseDocument(text), small.matchers)).flatMap((node) =>
    node.type === 'term' ? [`${node.id}:${node.text}`] : [],
  );

describe('a glossary file', () => {
  it('gives each term its id, headword and definition', () => {
    expect(small.entries.map(({ id, term }) => [id, term])).toEqual([
      ['gpu', 'GPU'],
      ['ogpu', 'OGPU'],
      ['kulak', 'Кулак'],
      ['order', 'Order No. 00447'],
    ]);
    expect(small.entries[0]!.blocks).toHaveLength(1);
  });

  it('stops the build where a term has no id, no definition or no pattern, or a pattern no term', () => {
    expect(() => glossary({ gpu: 'GPU' }, '## GPU\n\nText.')).toThrow(/“GPU” has no \{#id\}/);
    expect(() => glossary({ gpu: 'GPU' }, '## GPU {#gpu}')).toThrow(/gpu has no definition/);
    expect(() => glossary({}, '## GPU {#gpu}\n\nText.')).toThrow(/gpu has no pattern/);
    expect(() => glossary({ gpu: 'GPU', nep: 'NEP' }, '## GPU {#gpu}\n\nText.')).toThrow(
      /the pattern nep names no term/,
    );
    expect(() => glossary({ gpu: 'GPU(' }, '## GPU {#gpu}\n\nText.')).toThrow(/does not compile/);
  });
});

describe('linkTerms', () => {
  it('gives a linked term its entry’s first paragraph, to show beside it: its links as words, no citations', () => {
    const cited = glossary(
      { gpu: 'GPU' },
      '## GPU {#gpu}\n\nThe State  Political Directorate, on [the timeline](/charts/timeline) [@kokurin-petrov-2003].\n\nIt became the OGPU.',
    );
    const [term] = documentInlines(linkTerms(parseDocument('The GPU.'), cited.matchers)).filter(
      (node) => node.type === 'term',
    );
    expect(term).toMatchObject({
      id: 'gpu',
      definition: 'The State Political Directorate, on the timeline.',
    });
  });

  it('links a term where a text first uses it, and leaves its later uses plain', () => {
    expect(termsOf('The GPU grew.\n\nThe GPU shrank.')).toEqual(['gpu:GPU']);
  });

  it('matches whole words only, in any script: GPU is not found inside OGPU', () => {
    expect(termsOf('The OGPU, then the GPU.')).toEqual(['ogpu:OGPU', 'gpu:GPU']);
    expect(termsOf('раскулачивание кулаков')).toEqual(['kulak:кулаков']);
  });

  it('links several terms in one run of text, in the order a reader meets them', () => {
    expect(termsOf('Under Order No. 00447 the OGPU’s heir, not the GPU.')).toEqual([
      'order:Order No. 00447',
      'ogpu:OGPU',
      'gpu:GPU',
    ]);
  });

  it('leaves headings and the words of other links alone, and looks inside emphasis', () => {
    expect(termsOf('## The GPU\n\n[the GPU](mark:gpu) and *the OGPU*')).toEqual(['ogpu:OGPU']);
  });
});

describe.each(LOCALES.map((locale) => [locale] as const))('the glossary in %s', (locale) => {
  const { entries } = loadGlossary(locale);
  const sources = new Set(loadPackage().descriptor.sources.map((source) => source.name));

  it('has the terms of the English, in its order', () => {
    expect(entries.map((entry) => entry.id)).toEqual(
      loadGlossary('en').entries.map((entry) => entry.id),
    );
  });

  it('cites a listed source in every paragraph, and links only to charts the site has', () => {
    for (const entry of entries)
      for (const block of entry.blocks) {
        const nodes = documentInlines([block]);
        expect(
          nodes.some((node) => node.type === 'cite'),
          entry.id,
        ).toBe(true);
        for (const node of nodes) {
          if (node.type === 'cite') for (const id of node.ids) expect(sources).toContain(id);
          if (node.type === 'link')
            expect(charts.map((chart) => `/charts/${chart.slug}`)).toContain(node.href);
        }
      }
  });

  // Its patterns find in each chart's text the terms that the English patterns find in the English.
  it.each(charts.map((chart) => [chart.slug] as const))('links the terms of %s’s text', (slug) => {
    const linked = (lang: string) =>
      documentInlines(loadChartText(slug, lang).blocks)
        .flatMap((node) => (node.type === 'term' ? [node.id] : []))
        .sort();
    expect(linked(locale)).toEqual(linked('en'));
  });
});

it('explains every term a class meets: the agencies, the terms of the sources and the documents', () => {
  expect(loadGlossary('en').entries.map((entry) => entry.id)).toEqual(
    expect.arrayContaining([
      ...['cheka', 'gpu', 'ogpu', 'nkvd', 'gugb', 'nkgb', 'kulak', 'dekulakisation'],
      ...['special-settlement', 'itl', 'itk', 'troika', 'categories', 'order-00447'],
      ...['socially-dangerous', 'nep', 'five-year-plan', 'show-trial', 'holodomor'],
      ...['asharshylyk', 'pavlov-certificate'],
    ]),
  );
});
