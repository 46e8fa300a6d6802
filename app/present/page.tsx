import type { Metadata } from 'next';

import { SlideView } from '@/components/slide-view';
import { loadDeck } from '@/lib/present/load-deck';

export const metadata: Metadata = {
  title: 'Present',
  description: 'The charts as a slide deck for the classroom.',
};

export default function PresentPage() {
  return <SlideView slides={loadDeck()} index={1} />;
}
