import type { Metadata } from 'next';

import { SlideView } from '@/components/slide-view';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { pageMetadata } from '@/lib/site/alternates';
import { slidePath } from '@/lib/present/deck';
import { siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata(slidePath(1), locale, {
    title: say('deck-page-title'),
    description: say('deck-page-description'),
  });
}

/** The deck's first slide, at /present. */
export default async function PresentPage({ params }: Props) {
  return <SlideView index={1} locale={await routeLocale(params)} />;
}
