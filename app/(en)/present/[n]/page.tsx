import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { SlideView } from '@/components/slide-view';
import { loadDeck } from '@/lib/present/load-deck';
import { siteSay } from '@/lib/text/chart-file';

export const dynamicParams = false;

/** Slides 2 to the last; the first is /present itself. */
export function generateStaticParams() {
  return loadDeck()
    .slice(1)
    .map((_slide, i) => ({ n: String(i + 2) }));
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slide = loadDeck()[Number((await params).n) - 1];
  return slide ? { title: siteSay('en')('deck-page-slide-title', { slide: slide.title }) } : {};
}

export default async function SlidePage({ params }: Props) {
  const index = Number((await params).n);
  const slides = loadDeck();
  if (!Number.isInteger(index) || index < 2 || index > slides.length) notFound();
  return <SlideView slides={slides} index={index} />;
}
