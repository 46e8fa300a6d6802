import type { Metadata } from 'next';

import { PresenterView } from '@/components/presenter-view';
import { teachPath } from '@/lib/site/paths';
import { loadDeck } from '@/lib/present/load-deck';
import { siteClientWords, siteSay } from '@/lib/text/chart-file';

export function generateMetadata(): Metadata {
  const say = siteSay('en');
  return { title: say('presenter-page-title'), description: say('presenter-page-description') };
}

/** The teacher's window of the deck; its slides are the deck's own pages, drawn small. */
export default function PresenterPage() {
  return (
    <PresenterView
      slides={loadDeck().map((slide) => ({
        title: slide.title,
        notes: slide.notes,
        teach: 'slug' in slide ? teachPath(slide.slug) : null,
      }))}
      words={siteClientWords('presenter', 'en')}
      offlineWords={siteClientWords('offline', 'en')}
    />
  );
}
