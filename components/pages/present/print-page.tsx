import type { Metadata } from 'next';

import { InLessonOrder } from '@/components/in-lesson-order';
import { SlideContent } from '@/components/slide-view';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { pageMetadata } from '@/lib/site/alternates';
import { deckIndex } from '@/lib/present/lesson';
import { loadDeck } from '@/lib/present/load-deck';
import { siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/present/print', locale, {
    title: say('print-page-title'),
    description: say('print-page-description'),
  });
}

/**
 * The whole deck on one page, one slide per printed page (landscape), for a handout or a PDF; with
 * a lesson's address (`?c=…`), the lesson's slides in its order.
 */
export default async function PrintDeckPage({ params }: Props) {
  const locale = await routeLocale(params);
  const slides = loadDeck(locale);
  // The site's words, read once for every slide of the page.
  const say = siteSay(locale);
  return (
    <main className="deck-print">
      <InLessonOrder
        deck={deckIndex(slides)}
        by="slide"
        items={slides.map((slide, index) => ({
          key: String(index + 1),
          node: (
            <div className="deck-print-slide">
              <SlideContent slide={slide} index={index + 1} total={slides.length} say={say} />
            </div>
          ),
        }))}
      />
    </main>
  );
}
