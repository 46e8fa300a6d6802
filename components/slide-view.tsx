import Link from 'next/link';
import type { ReactNode } from 'react';

import { chartBySlug } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { slidePath, type Slide } from '@/lib/present/deck';
import { deckIndex } from '@/lib/present/lesson';
import { siteClientWords, siteSay } from '@/lib/text/chart-file';
import type { Say } from '@/lib/text/messages';

import { ChartFigure } from './chart-figure';
import { DeckControls } from './deck-controls';
import { OfflineStatus } from './offline-status';
import { PredictChart } from './predict-chart';
import { chartPath, localePath } from '@/lib/site/paths';
import { loadDeck } from '@/lib/present/load-deck';
import { LanguageSwitch } from './language-switch';

/** A slide's list in large type: the checks, the questions (numbered) or the sources. */
function SlideList({
  items,
  ordered = false,
  children,
}: {
  items: readonly string[];
  ordered?: boolean;
  children?: ReactNode;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="slide-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
      {children}
    </List>
  );
}

/** One slide's content, on screen or printed, in the site's words (`say`, read once a page). */
export function SlideContent({
  slide,
  index,
  total,
  say,
}: {
  slide: Slide;
  index: number;
  total: number;
  say: Say;
}) {
  const chart =
    slide.kind === 'chart' || slide.kind === 'predict'
      ? chartBySlug(slide.slug)?.build(loadPackage(), say.locale)
      : undefined;
  const drawn = slide.kind === 'chart' ? chart?.slides[slide.part - 1] : undefined;
  return (
    <section
      className={`slide slide-${slide.kind}`}
      aria-roledescription={say('slide-view-role')}
      aria-label={say('slide-view-label', { index, total, title: slide.title })}
    >
      {slide.kind === 'title' && (
        <>
          <h1>{slide.title}</h1>
          <p className="slide-subtitle">{slide.subtitle}</p>
          <p className="slide-small">{say('slide-view-credit', { site: say('site-name') })}</p>
        </>
      )}
      {slide.kind === 'chart' && chart && drawn && (
        <>
          <h1 className="visually-hidden">{slide.title}</h1>
          {/* A phone is no projector: it gets the whole chart in its narrow layout. */}
          <ChartFigure
            id={`${slide.slug}-${slide.part}`}
            scenes={{ wide: drawn, narrow: chart.scenes.narrow }}
            className="slide-figure"
            locale={say.locale}
          />
          {slide.takeaway && <p className="slide-takeaway">{slide.takeaway}</p>}
        </>
      )}
      {slide.kind === 'predict' && chart?.predict && (
        <>
          <h1>{slide.title}</h1>
          <PredictChart
            series={chart.predict}
            words={siteClientWords('predict', say.locale)}
            locale={say.locale}
            variant="projector"
            id={`predict-${slide.slug}`}
          />
        </>
      )}
      {slide.kind === 'check' && (
        <>
          <h1>{slide.title}</h1>
          <SlideList items={slide.checks} />
        </>
      )}
      {slide.kind === 'discuss' && (
        <>
          <h1>{slide.title}</h1>
          <SlideList items={slide.questions} ordered />
        </>
      )}
      {slide.kind === 'closing' && (
        <>
          <h1>{slide.title}</h1>
          <SlideList items={slide.sources}>
            <li>{say('slide-view-closing-works')}</li>
          </SlideList>
          <p className="slide-small">
            {say('slide-view-closing-licence', { site: say('site-name') })}
          </p>
          <p className="slide-small">
            <Link href={localePath(say.locale, '/present/print')}>{say('slide-view-print')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * One slide of the deck, readable on a projector; the bar's links move through it without scripts,
 * and through a lesson with them.
 */
export function SlideView({ index, locale }: { index: number; locale: string }) {
  const slides = loadDeck(locale);
  const slide = slides[index - 1]!;
  const total = slides.length;
  const exit = 'slug' in slide ? chartPath(slide.slug, locale) : localePath(locale, '/');
  const say = siteSay(locale);
  return (
    <main className={`deck deck-${slide.kind}`} data-slide={index}>
      <SlideContent slide={slide} index={index} total={total} say={say} />
      <DeckControls
        index={index}
        deck={deckIndex(slides)}
        notes={slide.notes}
        exit={exit}
        words={siteClientWords('deck', locale)}
        locale={locale}
        languages={<LanguageSwitch path={slidePath(index)} say={say} inline />}
        offline={<OfflineStatus words={siteClientWords('offline', locale)} locale={locale} />}
      />
    </main>
  );
}
