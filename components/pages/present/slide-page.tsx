import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { SlideView } from '@/components/slide-view';
import type { LocaleParams } from '@/lib/locale/route';
import { pageMetadata } from '@/lib/site/alternates';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { siteSay } from '@/lib/text/chart-file';

/** Slides 2 to the last; the first is /present itself. The deck has as many in every language. */
export function generateStaticParams() {
  return loadDeck('en')
    .slice(1)
    .map((_slide, i) => ({ n: String(i + 2) }));
}

type Props = { params: Promise<LocaleParams & { n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n, lang: locale = 'en' } = await params;
  const slide = loadDeck(locale)[Number(n) - 1];
  return slide
    ? pageMetadata(slidePath(Number(n)), locale, {
        title: siteSay(locale)('deck-page-slide-title', { slide: slide.title }),
      })
    : {};
}

export default async function SlidePage({ params }: Props) {
  const { n, lang: locale = 'en' } = await params;
  const index = Number(n);
  if (!Number.isInteger(index) || index < 2 || index > loadDeck(locale).length) notFound();
  return <SlideView index={index} locale={locale} />;
}
