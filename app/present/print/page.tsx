import type { Metadata } from 'next';

import { SlideContent } from '@/components/slide-view';
import { loadDeck } from '@/lib/present/load-deck';

export const metadata: Metadata = {
  title: 'Print the deck',
  description: 'Every slide of the deck, one per printed page.',
};

/** The whole deck on one page, one slide per printed page (landscape), for a handout or a PDF. */
export default function PrintDeckPage() {
  const slides = loadDeck();
  return (
    <main className="deck-print">
      {slides.map((slide, index) => (
        <div key={index} className="deck-print-slide">
          <SlideContent slide={slide} index={index + 1} total={slides.length} />
        </div>
      ))}
    </main>
  );
}
