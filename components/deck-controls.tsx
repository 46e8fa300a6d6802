'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import { overviewPath, slidePath } from '@/lib/present/deck';
import { deckAction } from '@/lib/present/keys';
import { DECK_CHANNEL, presenterPath, type DeckMessage } from '@/lib/present/sync';
import { withBase } from '@/lib/site/paths';
import type { ClientWords } from '@/lib/text/client-words';

/** The presenter's window: a named one, so that P again brings it back instead of a second. */
function openPresenter(index: number, locale: string) {
  window.open(
    withBase(presenterPath(index, locale)),
    'deck-presenter',
    'popup,width=1280,height=800',
  );
}

/**
 * The keys of `lib/present/keys.ts` and a swipe on a touch screen, in the window the class sees.
 * Every slide has its own address, so each key only moves to another page of the deck. The
 * presenter's window (P) moves this one, and follows it, over a BroadcastChannel.
 */
export function DeckControls({
  index,
  total,
  notes,
  exit,
  words,
  locale,
}: {
  index: number;
  total: number;
  notes: string;
  exit: string;
  words: ClientWords<'deck'>;
  /** The deck's language, whose slides and presenter's window the keys lead to. */
  locale: string;
}) {
  const router = useRouter();
  const [showNotes, setShowNotes] = useState(false);
  const [blank, setBlank] = useState(false);
  const typed = useRef('');

  useEffect(() => {
    const go = (n: number) => {
      const target = Math.min(Math.max(n, 1), total);
      if (target !== index) router.push(slidePath(target, locale));
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
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = deckAction(event.key, { index, total, typed: typed.current });
      typed.current = action?.kind === 'typing' ? action.typed : '';
      if (!action || action.kind === 'typing') return;
      if (action.kind === 'go') go(action.slide);
      else if (action.kind === 'notes') setShowNotes((shown) => !shown);
      // A full load: a client-side move does not set :target, which outlines the slide left.
      else if (action.kind === 'overview')
        window.location.assign(withBase(overviewPath(index, locale)));
      else if (action.kind === 'blank') setBlank((shown) => !shown);
      else if (action.kind === 'presenter') openPresenter(index, locale);
      else if (action.kind === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (!document.fullscreenElement) router.push(exit);
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
      if (Math.abs(moved) > 60) go(moved < 0 ? index + 1 : index - 1);
      startX = null;
    };
    const listeners = new AbortController();
    window.addEventListener('keydown', onKey, { signal: listeners.signal });
    window.addEventListener('pointerdown', onDown, { signal: listeners.signal });
    window.addEventListener('pointerup', onUp, { signal: listeners.signal });
    window.addEventListener('resize', tell, { signal: listeners.signal });
    // Says which slide's keys are live, for the end-to-end tests and for assistive tools.
    document.body.dataset.deckSlide = String(index);
    // The next slide is fetched ahead, so the move is instant in class.
    if (index < total) router.prefetch(slidePath(index + 1, locale));
    return () => {
      listeners.abort();
      channel.close();
    };
  }, [index, total, exit, router, locale]);

  return (
    <>
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
