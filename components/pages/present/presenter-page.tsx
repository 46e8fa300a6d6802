import type { Metadata } from 'next';

import { PresenterView } from '@/components/presenter-view';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { pageMetadata } from '@/lib/site/alternates';
import { teachPath } from '@/lib/site/paths';
import { deckIndex } from '@/lib/present/lesson';
import { loadDeck } from '@/lib/present/load-deck';
import { siteClientWords, siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/present/presenter', locale, {
    title: say('presenter-page-title'),
    description: say('presenter-page-description'),
  });
}

/** The teacher's window of the deck; its slides are the deck's own pages, drawn small. */
export default async function PresenterPage({ params }: Props) {
  const locale = await routeLocale(params);
  const deck = loadDeck(locale);
  return (
    <PresenterView
      deck={deckIndex(deck)}
      slides={deck.map((slide) => ({
        title: slide.title,
        notes: slide.notes,
        teach: 'slug' in slide ? teachPath(slide.slug, locale) : null,
      }))}
      words={siteClientWords('presenter', locale)}
      offlineWords={siteClientWords('offline', locale)}
      locale={locale}
    />
  );
}
