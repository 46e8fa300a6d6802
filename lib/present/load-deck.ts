import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { siteSay } from '@/lib/text/chart-file';
import { loadChartText } from '@/lib/text/load-text';

import { buildDeck, type Slide } from './deck';

let deck: Slide[] | undefined;

/** The deck, built once per build from the data package and data/text/. */
export function loadDeck(): Slide[] {
  deck ??= buildDeck(
    siteSay('en'),
    charts.map((definition) => {
      const text = loadChartText(definition.slug, 'en');
      return {
        definition,
        takeaway: text.takeaway,
        parts: definition.build(loadPackage(), 'en').slides.length,
        blocks: text.blocks,
        checks: text.checks.map((check) => check.title),
        questions: text.questions,
      };
    }),
    loadPackage()
      .descriptor.sources.filter((source) => source.role === 'document')
      .map((source) => source.citation),
  );
  return deck;
}
