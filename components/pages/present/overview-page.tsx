import type { Metadata } from 'next';
import Link from 'next/link';

import { ChartThumbnail } from '@/components/chart-svg';
import { thumbnail } from '@/lib/grammar/thumbnail';
import { chartBySlug } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { slidePath, type Slide } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { siteSay } from '@/lib/text/chart-file';
import { LanguageSwitch } from '@/components/language-switch';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { pageMetadata } from '@/lib/site/alternates';
import { localePath } from '@/lib/site/paths';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/present/overview', locale, {
    title: say('overview-title'),
    description: say('overview-description'),
  });
}

/** The chart a chart slide draws, small; nothing for the other slides. */
function slideScene(slide: Slide, locale: string) {
  if (slide.kind !== 'chart') return undefined;
  return chartBySlug(slide.slug)?.build(loadPackage(), locale).slides[slide.part - 1];
}

/**
 * Every slide at a glance, for a presenter who wants to jump back to a chart when a question
 * comes. The deck's O key opens it at `#slide-n`, and the slide it came from is outlined by
 * `:target`, so the page needs no script.
 */
export default async function DeckOverviewPage({ params }: Props) {
  const locale = await routeLocale(params);
  const slides = loadDeck(locale);
  const say = siteSay(locale);
  return (
    <main className="deck-overview">
      <LanguageSwitch path="/present/overview" say={say} />
      <h1>{say('overview-heading')}</h1>
      <p>
        {say('overview-choose')} <Link href={slidePath(1, locale)}>{say('overview-start')}</Link> ·{' '}
        <Link href={localePath(locale, '/present/print')}>{say('overview-print')}</Link> ·{' '}
        <Link href={localePath(locale, '/present/lesson')}>{say('overview-lesson')}</Link>
      </p>
      <ol className="deck-overview-list">
        {slides.map((slide, i) => {
          const scene = slideScene(slide, locale);
          return (
            <li key={i} id={`slide-${i + 1}`} data-kind={slide.kind}>
              <Link href={slidePath(i + 1, locale)}>
                <span className="deck-overview-number">{i + 1}</span>
                {scene ? (
                  <ChartThumbnail picture={thumbnail(scene)} idPrefix={`overview-${i + 1}`} />
                ) : (
                  // What a card shows of a slide that has no chart.
                  <span className="deck-overview-kind">{say(`overview-kind-${slide.kind}`)}</span>
                )}
                <span className="deck-overview-title">{slide.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
