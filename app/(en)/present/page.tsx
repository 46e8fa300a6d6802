import type { Metadata } from 'next';

import { SlideView } from '@/components/slide-view';
import { loadDeck } from '@/lib/present/load-deck';
import { siteSay } from '@/lib/text/chart-file';

export function generateMetadata(): Metadata {
  const say = siteSay('en');
  return { title: say('deck-page-title'), description: say('deck-page-description') };
}

export default function PresentPage() {
  return <SlideView slides={loadDeck()} index={1} />;
}
