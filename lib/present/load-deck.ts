import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { siteSay } from '@/lib/text/chart-file';
import { localizedPackage } from '@/lib/text/localized-package';
import { loadChartText } from '@/lib/text/load-text';

import { buildDeck, type Slide } from './deck';

const decks = new Map<string, Slide[]>();

/** The deck in a language, built once per build from the data package and data/text/. */
export function loadDeck(locale: string): Slide[] {
  let deck = decks.get(locale);
  if (deck) return deck;
  const pkg = loadPackage();
  deck = buildDeck(
    siteSay(locale),
    charts.map((definition) => {
      const text = loadChartText(definition.slug, locale);
      const { title, summary } = definition.heading(locale);
      const built = definition.build(pkg, locale);
      return {
        definition: { slug: definition.slug, title, summary },
        takeaway: text.takeaway,
        parts: built.slides.length,
        predicts: built.predict !== undefined,
        blocks: text.blocks,
        checks: text.checks.map((check) => check.title),
        questions: text.questions,
      };
    }),
    localizedPackage(pkg, locale)
      .descriptor.sources.filter((source) => source.role === 'document')
      .map((source) => source.citation),
  );
  decks.set(locale, deck);
  return deck;
}
