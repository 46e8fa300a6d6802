import Link from 'next/link';
import type { ReactNode } from 'react';

import { chartBySlug } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { overviewPath, slidePath, type Slide } from '@/lib/present/deck';
import { presenterPath } from '@/lib/present/sync';

import { ChartFigure } from './chart-figure';
import { DeckControls } from './deck-controls';
import { OfflineStatus } from './offline-status';
import { chartPath, withBase } from '@/lib/site/paths';

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

/** The content of one slide, on screen or printed. */
export function SlideContent({
  slide,
  index,
  total,
}: {
  slide: Slide;
  index: number;
  total: number;
}) {
  const chart = slide.kind === 'chart' ? chartBySlug(slide.slug)?.build(loadPackage()) : undefined;
  const drawn = slide.kind === 'chart' ? chart?.slides[slide.part - 1] : undefined;
  return (
    <section
      className={`slide slide-${slide.kind}`}
      aria-roledescription="slide"
      aria-label={`Slide ${index} of ${total}: ${slide.title}`}
    >
      {slide.kind === 'title' && (
        <>
          <h1>{slide.title}</h1>
          <p className="slide-subtitle">{slide.subtitle}</p>
          <p className="slide-small">Repression in Numbers · data and charts under CC BY 4.0</p>
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
          />
          {slide.takeaway && <p className="slide-takeaway">{slide.takeaway}</p>}
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
            <li>With the archival and scholarly works cited on each chart&apos;s page.</li>
          </SlideList>
          <p className="slide-small">
            Data and charts: Repression in Numbers, Creative Commons Attribution 4.0.
          </p>
          <p className="slide-small">
            <Link href="/present/print">Print the deck, one slide per page</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** One slide of the deck, readable on a projector; the links move through it without scripts. */
export function SlideView({ slides, index }: { slides: readonly Slide[]; index: number }) {
  const slide = slides[index - 1]!;
  const total = slides.length;
  const exit = 'slug' in slide ? chartPath(slide.slug) : '/';
  return (
    <main className={`deck deck-${slide.kind}`} data-slide={index}>
      <SlideContent slide={slide} index={index} total={total} />
      <nav className="deck-nav" aria-label="Slides">
        {index > 1 ? (
          <Link href={slidePath(index - 1)} rel="prev">
            ← Back
          </Link>
        ) : (
          <span />
        )}
        <span className="deck-status">
          <span className="deck-counter" aria-live="polite">
            {index} / {total}
          </span>
          {/* A plain link: a full load sets :target, which outlines this slide there. */}
          <a href={withBase(overviewPath(index))}>All slides</a>
          {/* The teacher's window, with the notes: its own window, never this one. */}
          <a href={withBase(presenterPath(index))} target="deck-presenter">
            Presenter view
          </a>
        </span>
        {/* The offline status in the corner, small, where it moves none of the links. */}
        <span className="deck-end">
          <OfflineStatus />
          {index < total ? (
            <Link href={slidePath(index + 1)} rel="next">
              Next →
            </Link>
          ) : (
            <Link href={exit}>Leave</Link>
          )}
        </span>
      </nav>
      <DeckControls index={index} total={total} notes={slide.notes} exit={exit} />
    </main>
  );
}
