import { localePath } from '@/lib/site/paths';
import type { Block } from '@/lib/text/document';
import { readableText } from '@/lib/text/inline';
import type { Say } from '@/lib/text/messages';

export type Slide =
  | { kind: 'title'; title: string; subtitle: string; notes: string }
  | {
      kind: 'chart';
      slug: string;
      title: string;
      /** Which of the chart's slides this is, from 1, where one screen cannot hold it all. */
      part: number;
      parts: number;
      /** On the chart's last slide only, once all it speaks of has been shown. */
      takeaway: string | null;
      notes: string;
    }
  /** The class sets the shape it expects of the chart's yearly series, then reveals the data. */
  | { kind: 'predict'; slug: string; title: string; notes: string }
  | { kind: 'check'; slug: string; title: string; checks: string[]; notes: string }
  | { kind: 'discuss'; slug: string; title: string; questions: string[]; notes: string }
  | { kind: 'closing'; title: string; sources: string[]; notes: string };

export interface DeckChart {
  /** The chart and its heading in the deck's language. */
  definition: { slug: string; title: string; summary: string };
  takeaway: string;
  /** How many slides the chart is drawn on. */
  parts: number;
  /** Whether the chart has a yearly series to predict before it is shown. */
  predicts: boolean;
  blocks: Block[];
  checks: string[];
  questions: string[];
}

/** The first paragraph under "What the chart shows": the presenter's notes for a chart slide. */
function firstParagraph(blocks: readonly Block[]): string {
  const paragraph = blocks.find((block) => block.type === 'paragraph');
  return paragraph?.type === 'paragraph' ? readableText(paragraph.content) : '';
}

/**
 * The classroom deck, made from the same charts and texts as the pages: a title slide, then for
 * each chart a slide to predict its yearly series (where it has one) before it is shown, a slide with the chart and its takeaway (or two, the takeaway on the second, where
 * the chart is too tall for one screen at projector size), one with its source check and one
 * with its questions (each list in full at projector size), and a closing slide with the
 * sources and the licence.
 */
export function buildDeck(
  say: Say,
  charts: readonly DeckChart[],
  sources: readonly string[],
): Slide[] {
  return [
    {
      kind: 'title',
      title: say('deck-title'),
      subtitle: say('deck-subtitle'),
      notes: say('deck-keys'),
    },
    ...charts.flatMap<Slide>((chart) => [
      ...(chart.predicts
        ? [
            {
              kind: 'predict' as const,
              slug: chart.definition.slug,
              title: say('deck-predict', { title: chart.definition.title }),
              notes: say('deck-predict-notes'),
            },
          ]
        : []),
      ...Array.from({ length: chart.parts }, (_, i): Slide => {
        const last = i === chart.parts - 1;
        return {
          kind: 'chart',
          slug: chart.definition.slug,
          title:
            chart.parts > 1
              ? say('deck-part', { title: chart.definition.title, part: i + 1, parts: chart.parts })
              : chart.definition.title,
          part: i + 1,
          parts: chart.parts,
          takeaway: last ? chart.takeaway : null,
          notes: firstParagraph(chart.blocks),
        };
      }),
      {
        kind: 'check',
        slug: chart.definition.slug,
        title: say('deck-check', { title: chart.definition.title }),
        checks: chart.checks,
        notes: chart.definition.summary,
      },
      {
        kind: 'discuss',
        slug: chart.definition.slug,
        title: say('deck-discuss', { title: chart.definition.title }),
        questions: chart.questions,
        notes: chart.definition.summary,
      },
    ]),
    {
      kind: 'closing',
      title: say('deck-closing'),
      sources: [...sources],
      notes: say('deck-closing-notes'),
    },
  ];
}

/** Every slide on one page; `#slide-n` marks the one the presenter came from. */
export const overviewPath = (from?: number, locale = 'en') =>
  localePath(locale, from ? `/present/overview#slide-${from}` : '/present/overview');

/** Slide n (counting from 1) lives at /present/n; the first also at /present. */
export const slidePath = (n: number, locale = 'en') =>
  localePath(locale, n === 1 ? '/present' : `/present/${n}`);
