import type { Metadata } from 'next';

import { PresenterView } from '@/components/presenter-view';
import { teachPath } from '@/lib/site/paths';
import { loadDeck } from '@/lib/present/load-deck';

export const metadata: Metadata = {
  title: 'Presenter view · Present',
  description:
    'For the teacher’s screen: the slide the class sees, the next one, the notes and a timer.',
};

/** The teacher's window of the deck; its slides are the deck's own pages, drawn small. */
export default function PresenterPage() {
  return (
    <PresenterView
      slides={loadDeck().map((slide) => ({
        title: slide.title,
        notes: slide.notes,
        teach: 'slug' in slide ? teachPath(slide.slug) : null,
      }))}
    />
  );
}
