import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { RichText } from '@/components/rich-text';
import { SourceCheckPanel } from '@/components/source-check';
import { cellOf } from '@/lib/charts/definition';
import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import type { SourceDescriptor } from '@/lib/data/package-schema';
import { figureFields } from '@/lib/data/provenance';
import type { ResourceName } from '@/lib/data/records';
import { loadDeck } from '@/lib/present/load-deck';
import {
  attributeInlines,
  attribution,
  cellAttribution,
  figureAttributions,
} from '@/lib/text/attribution';
import { readChartFile, siteSay } from '@/lib/text/chart-file';
import { documentInlines, parseDocument } from '@/lib/text/document';
import { parseInline, plainText, walkInline, type Inline } from '@/lib/text/inline';
import { loadChartText } from '@/lib/text/load-text';
import { figuresIn, numbersIn } from '@/lib/text/numbers';

const say = siteSay('en');

const werth: SourceDescriptor = {
  name: 'werth-1999',
  title: 'Werth, “A State against Its People” (1999)',
  shortTitle: 'Werth (1999)',
  citation: 'Nicolas Werth …',
  kind: 'secondary',
};
const pavlov: SourceDescriptor = {
  name: 'pavlov-1953',
  title: 'The “Pavlov certificate” of 11 December 1953',
  shortTitle: 'The “Pavlov certificate” (1953)',
  citation: 'Certificate …',
  kind: 'primary',
};

describe('attribution', () => {
  it('says nothing more of a figure checked at a recorded page', () => {
    expect(attribution(say, 'checked', werth)).toBeNull();
  });

  it('says “reported by” for a figure read in its work without a page', () => {
    expect(attribution(say, 'reported', werth)).toBe('as reported by Werth (1999)');
  });

  it('says “as quoted from” for a figure seen only quoted elsewhere, in a sentence’s case', () => {
    expect(attribution(say, 'unchecked', pavlov)).toBe(
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
  const attributions = figureAttributions(say, loadPackage());
  const text = loadChartText(slug, 'en');
  const markup = renderToStaticMarkup(
    <>
      <RichText blocks={text.blocks} references={new Map()} say={say} />
      <SourceCheckPanel
        checks={text.checks}
        questions={text.questions}
        references={new Map()}
        say={say}
      />
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

/**
 * Sentences of a text as a reader sees it, cut where a sentence ends outside brackets (so that
 * "Rudnytskyi et al. (2015)" inside an attribution does not end one).
 */
function readerSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[.!?]/.test(c) && /\s/.test(text[i + 1] ?? ' ')) {
      sentences.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  sentences.push(text.slice(start));
  return sentences.filter((s) => s.trim());
}

/** The number links of a text as written: what it shows, and the figure it links to. */
const linksIn = (nodes: readonly Inline[]) =>
  walkInline(nodes).flatMap((node) =>
    node.type === 'mark' || node.type === 'figure' ? [{ kind: node.type, ...node }] : [],
  );

/** A place where the site shows words with number links: as written, and as a reader sees it. */
interface Shown {
  where: string;
  written: Inline[];
  seen: string;
}

/**
 * Where a number link shows its figure without the words its confidence asks for: the words must
 * follow the number in its sentence (once for figures of one sentence that share them).
 */
function unattributed(
  shown: Shown,
  wordsOf: (link: { kind: 'mark' | 'figure'; id: string }) => string | null,
): string[] {
  const sentences = readerSentences(shown.seen);
  return linksIn(shown.written).flatMap((link) => {
    const words = wordsOf(link);
    if (words === null) return [];
    const ok = sentences.some((sentence) => {
      const at = sentence.indexOf(link.text);
      return at >= 0 && sentence.indexOf(`(${words})`, at + link.text.length) >= 0;
    });
    return ok
      ? []
      : [`${shown.where}: "${link.text}" (${link.kind}:${link.id}) without "${words}"`];
  });
}

describe('the attribution promise: every figure not “checked” carries its words wherever it appears', () => {
  const pkg = loadPackage();
  const deck = loadDeck('en');
  const scholarshipRows = new Map(pkg.records.scholarship.map((r) => [r.id, r]));

  describe.each(charts.map((chart) => [chart.slug, chart] as const))(
    'the %s chart',
    (slug, chart) => {
      const cells = chart.figureCells(pkg);
      const built = chart.build(pkg, 'en');
      const text = loadChartText(slug, 'en');
      const raw = text.raw;
      // Every figure of the chart's datasets, with its value and the words it needs (null if none).
      const datasetCells = chart.datasets.flatMap((name) => {
        const resource = name as ResourceName;
        return (pkg.records[resource] as readonly object[]).flatMap((row) =>
          figureFields(pkg, resource).flatMap((field) => {
            const value = valueOf(row, field);
            const cell = { resource, row, field };
            return value === null ? [] : [{ value, words: cellAttribution(say, pkg, cell) }];
          }),
        );
      });
      const wordsOf = (link: { kind: 'mark' | 'figure'; id: string }) => {
        if (link.kind === 'figure') {
          const row = scholarshipRows.get(link.id);
          expect(row, `figure:${link.id} is no row of scholarship.csv`).toBeDefined();
          return cellAttribution(say, pkg, cellOf('scholarship', row!, 'value'));
        }
        const cell = cells.get(link.id);
        if (cell) return cellAttribution(say, pkg, cell);
        // A mark the chart does not place in the data (a printed total, a date): a row with its id.
        const row = Object.values(pkg.records)
          .flat()
          .find((r) => (r as { id?: unknown }).id === link.id);
        return row ? (figureAttributions(say, pkg).get(link.id) ?? null) : null;
      };

      it('places every mark that shows a figure not “checked” in the data, at a cell of that value', () => {
        const notChecked = new Set(
          datasetCells.filter((c) => c.words !== null && c.value >= 100).map((c) => c.value),
        );
        for (const mark of built.scenes.wide.marks) {
          const cell = cells.get(mark.id);
          if (cell) {
            const value = valueOf(cell.row, cell.field);
            if (value !== null) expect(numbersIn(mark.label), mark.id).toContain(value);
          } else
            expect(
              numbersIn(mark.label).filter((n) => notChecked.has(n)),
              `mark ${mark.id} ("${mark.label}") shows a figure not checked but has no cell`,
            ).toEqual([]);
        }
      });

      it('shows the words after every number link of its text, checks, takeaway, strong answers, headline and slides', () => {
        const writtenBlocks = parseDocument(readChartFile(slug, 'en').body);
        const shown: Shown[] = [
          ...writtenBlocks.flatMap((block, b): Shown[] => {
            const seen = text.blocks[b]!;
            if (block.type === 'paragraph' && seen.type === 'paragraph')
              return [
                {
                  where: `text, block ${b}`,
                  written: block.content,
                  seen: plainText(seen.content),
                },
              ];
            if (block.type === 'list' && seen.type === 'list')
              return block.items.map((item, i) => ({
                where: `text, block ${b}, item ${i}`,
                written: item,
                seen: plainText(seen.items[i]!),
              }));
            return [];
          }),
          ...raw.checks.flatMap((check, c) =>
            (['scholarship', 'why'] as const).map((key) => ({
              where: `check ${c} ${key}`,
              written: parseInline(check[key]),
              seen: plainText(text.checks[c]![key]),
            })),
          ),
          ...raw.questions.flatMap((question, q) =>
            question.strong_answer.map((point, p) => ({
              where: `question ${q}, strong answer ${p}`,
              written: parseInline(point),
              seen: plainText(text.strongAnswers[q]![p]!),
            })),
          ),
          { where: 'takeaway', written: parseInline(raw.takeaway), seen: text.takeaway },
          ...deck
            .filter((slide) => slide.kind === 'chart' && slide.slug === slug)
            .flatMap((slide): Shown[] =>
              slide.kind === 'chart'
                ? [
                    ...(slide.takeaway === null
                      ? []
                      : [
                          {
                            where: `slide ${slide.part}, takeaway`,
                            written: parseInline(raw.takeaway),
                            seen: slide.takeaway,
                          },
                        ]),
                    {
                      where: `slide ${slide.part}, notes`,
                      written: writtenBlocks.find((b) => b.type === 'paragraph')?.content ?? [],
                      seen: slide.notes,
                    },
                  ]
                : [],
            ),
        ];
        expect(shown.filter((s) => s.where.startsWith('slide')).length).toBeGreaterThan(0);
        const missing = shown.flatMap((s) => unattributed(s, wordsOf));

        // The headline names no link: its figures are found among the chart's data by value.
        const { figure, unit, label } = built.headline;
        const headline = `${figure} ${unit} ${label}`;
        for (const value of figuresIn(headline).flatMap(numbersIn))
          for (const cell of datasetCells)
            if (
              cell.value === value &&
              cell.words !== null &&
              !headline.includes(`(${cell.words})`)
            )
              missing.push(`headline: ${value} without "${cell.words}"`);
        expect(missing).toEqual([]);
      });
    },
  );
});

/** A cell's figure where it is known. */
function valueOf(row: object, field: string): number | null {
  const value = (row as Record<string, unknown>)[field];
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'status' in value && value.status === 'known')
    return (value as unknown as { value: number }).value;
  return null;
}
