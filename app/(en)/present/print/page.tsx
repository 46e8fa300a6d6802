import type { Metadata } from 'next';

import { SlideContent } from '@/components/slide-view';
import { loadDeck } from '@/lib/present/load-deck';
import { siteSay } from '@/lib/text/chart-file';

export function generateMetadata(): Metadata {
  const say = siteSay('en');
  return { title: say('print-page-title'), description: say('print-page-description') };
}

/** The whole deck on one page, one slide per printed page (landscape), for a handout or a PDF. */
export default function PrintDeckPage() {
  const slides = loadDeck();
  // The site's words, read once for every slide of the page.
  const say = siteSay('en');
  return (
    <main className="deck-print">
      {slides.map((slide, index) => (
        <div key={index} className="deck-print-slide">
          <SlideContent slide={slide} index={index + 1} total={slides.length} say={say} />
        </div>
      ))}
    </main>
  );
}
