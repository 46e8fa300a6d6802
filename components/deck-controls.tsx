'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import { overviewPath } from '@/lib/present/deck';
import { deckAction } from '@/lib/present/keys';
import {
  orderSlidePath,
  positionOf,
  slideAt,
  withLesson,
  type DeckIndex,
  type DeckOrder,
} from '@/lib/present/lesson';
import { DECK_CHANNEL, presenterPath, type DeckMessage } from '@/lib/present/sync';
import { localePath, withBase } from '@/lib/site/paths';
import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

import { useDeckOrder, useLanguageSwitchKeepsLesson } from './use-deck-order';

/** The presenter's window: a named one, so that P again brings it back instead of a second. */
function openPresenter(index: number, order: DeckOrder, locale: string) {
  window.open(
    withBase(withLesson(presenterPath(index, locale), order)),
    'deck-presenter',
    'popup,width=1280,height=800',
  );
}

/** The page a lesson is built and started from, with this lesson in it. */
const lessonPagePath = (order: DeckOrder, locale: string) =>
  withLesson(localePath(locale, '/present/lesson'), order);

/**
 * The deck's bar and keys, in the window the class sees: the links back and on, the keys of
 * `lib/present/keys.ts` and a swipe on a touch screen. Every slide has its own address, so each
 * move only goes to another page of the deck, along the whole deck or along the lesson its
 * address names. The presenter's window (P) moves this one, and follows it, over a
 * BroadcastChannel. Without scripts the bar's links walk the whole deck.
 */
export function DeckControls({
  index,
  deck,
  notes,
  exit,
  words,
  locale,
  languages,
  offline,
}: {
  index: number;
  deck: DeckIndex;
  notes: string;
  /** Where Esc and the last slide lead out of the whole deck. */
  exit: string;
  words: ClientWords<'deck'>;
  /** The deck's language, whose slides and presenter's window the keys lead to. */
  locale: string;
  /** The links to this slide in the other languages. */
  languages: ReactNode;
  /** The offline status, in the bar's corner. */
  offline: ReactNode;
}) {
  const router = useRouter();
  const order = useDeckOrder(deck, index);
  useLanguageSwitchKeepsLesson();
  const position = positionOf(order, index);
  const count = order.slides.length;
  const leave = order.lesson ? lessonPagePath(order, locale) : exit;
  const [showNotes, setShowNotes] = useState(false);
  const [blank, setBlank] = useState(false);
  const typed = useRef('');

  useEffect(() => {
    /** Slide n of the deck, if the order holds it. */
    const go = (n: number) => {
      if (n !== index && positionOf(order, n) > 0) router.push(orderSlidePath(order, n, locale));
    };
    const channel = new BroadcastChannel(DECK_CHANNEL);
    const tell = () =>
      channel.postMessage({
        type: 'showing',
        slide: index,
        width: window.innerWidth,
        height: window.innerHeight,
      } satisfies DeckMessage);
    channel.onmessage = ({ data }: MessageEvent<DeckMessage>) => {
      if (data.type === 'go') go(data.slide);
      else if (data.type === 'blank') setBlank((shown) => !shown);
      else if (data.type === 'where') tell();
    };
    tell();

    const onKey = (event: KeyboardEvent) => {
      // A key a control of the slide took (a predict chart's year) is the control's, not the deck's.
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      // Keys count in the order's positions: in a lesson, 3 and Enter is the lesson's third slide.
      const action = deckAction(event.key, {
        index: position,
        total: count,
        typed: typed.current,
      });
      typed.current = action?.kind === 'typing' ? action.typed : '';
      if (!action || action.kind === 'typing') return;
      if (action.kind === 'go') go(slideAt(order, action.slide));
      else if (action.kind === 'notes') setShowNotes((shown) => !shown);
      // A full load: a client-side move does not set :target, which outlines the slide left.
      else if (action.kind === 'overview')
        window.location.assign(withBase(order.lesson ? leave : overviewPath(index, locale)));
      else if (action.kind === 'blank') setBlank((shown) => !shown);
      else if (action.kind === 'presenter') openPresenter(index, order, locale);
      else if (action.kind === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (!document.fullscreenElement) router.push(leave);
      else return;
      event.preventDefault();
    };
    let startX: number | null = null;
    const onDown = (event: PointerEvent) => {
      startX = event.pointerType === 'touch' ? event.clientX : null;
    };
    const onUp = (event: PointerEvent) => {
      if (startX === null) return;
      const moved = event.clientX - startX;
      if (Math.abs(moved) > 60) go(slideAt(order, moved < 0 ? position + 1 : position - 1));
      startX = null;
    };
    const listeners = new AbortController();
    window.addEventListener('keydown', onKey, { signal: listeners.signal });
    window.addEventListener('pointerdown', onDown, { signal: listeners.signal });
    window.addEventListener('pointerup', onUp, { signal: listeners.signal });
    window.addEventListener('resize', tell, { signal: listeners.signal });
    // Says which slide's keys are live, and in which order, for the end-to-end tests and for
    // assistive tools.
    document.body.dataset.deckSlide = String(index);
    document.body.dataset.deckLesson = order.lesson ?? '';
    // The next slide is fetched ahead, so the move is instant in class.
    if (position < count)
      router.prefetch(orderSlidePath(order, slideAt(order, position + 1), locale));
    return () => {
      listeners.abort();
      channel.close();
    };
  }, [index, order, position, count, leave, router, locale]);

  const before = position > 1 ? slideAt(order, position - 1) : null;
  const after = position < count ? slideAt(order, position + 1) : null;
  return (
    <>
      <nav className="deck-nav" aria-label={words['slide-view-nav']}>
        {before ? (
          <Link href={orderSlidePath(order, before, locale)} rel="prev">
            {words['slide-view-back']}
          </Link>
        ) : (
          <span />
        )}
        <span className="deck-status">
          <span className="deck-counter" aria-live="polite">
            {fill(words[order.lesson ? 'slide-view-lesson-counter' : 'slide-view-counter'], {
              index: String(position),
              total: String(count),
            })}
          </span>
          {/* A plain link: a full load sets :target, which outlines this slide there. */}
          {order.lesson ? (
            <a href={withBase(leave)}>{words['slide-view-lesson']}</a>
          ) : (
            <a href={withBase(overviewPath(index, locale))}>{words['slide-view-all']}</a>
          )}
          {/* The teacher's window, with the notes: its own window, never this one. */}
          <a
            href={withBase(withLesson(presenterPath(index, locale), order))}
            target="deck-presenter"
          >
            {words['slide-view-presenter']}
          </a>
          {languages}
        </span>
        {/* The offline status in the corner, small, where it moves none of the links. */}
        <span className="deck-end">
          {offline}
          {after ? (
            <Link href={orderSlidePath(order, after, locale)} rel="next">
              {words['slide-view-next']}
            </Link>
          ) : (
            <Link href={leave}>{words['slide-view-leave']}</Link>
          )}
        </span>
      </nav>
      {showNotes && (
        <aside
          className="deck-notes"
          aria-label={words['deck-notes-label']}
          data-testid="deck-notes"
        >
          <h2>{words['deck-notes-heading']}</h2>
          <p>{notes}</p>
        </aside>
      )}
      {blank && (
        <div
          className="deck-blank"
          data-testid="deck-blank"
          aria-label={words['deck-blank']}
          role="img"
        />
      )}
    </>
  );
}
