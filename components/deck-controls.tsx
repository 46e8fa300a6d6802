'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

import { overviewPath, slidePath } from '@/lib/present/deck';

/**
 * What a presenter expects: → ← Space PageUp PageDown (what clickers send), Home End, a number
 * and Enter to jump, O every slide at a glance, F full screen, N notes, B blank screen, Esc to
 * leave, and a swipe on a touch screen. Every slide has its own address, so each key only moves
 * to another page of the deck.
 */
export function DeckControls({
  index,
  total,
  notes,
  exit,
}: {
  index: number;
  total: number;
  notes: string;
  exit: string;
}) {
  const router = useRouter();
  const [showNotes, setShowNotes] = useState(false);
  const [blank, setBlank] = useState(false);
  const typed = useRef('');

  useEffect(() => {
    const go = (n: number) => {
      const target = Math.min(Math.max(n, 1), total);
      if (target !== index) router.push(slidePath(target));
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key;
      if (/^[0-9]$/.test(key)) {
        typed.current += key;
        return;
      }
      if (key === 'Enter' && typed.current) {
        go(Number(typed.current));
        typed.current = '';
        return;
      }
      typed.current = '';
      if (['ArrowRight', 'PageDown', ' ', 'ArrowDown'].includes(key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp', 'ArrowUp'].includes(key)) go(index - 1);
      else if (key === 'Home') go(1);
      else if (key === 'End') go(total);
      else if (key === 'n' || key === 'N') setShowNotes((shown) => !shown);
      // A full load: a client-side move does not set :target, which outlines the slide left.
      else if (key === 'o' || key === 'O') window.location.assign(overviewPath(index));
      else if (key === 'b' || key === 'B' || key === '.') setBlank((shown) => !shown);
      else if (key === 'f' || key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (key === 'Escape' && !document.fullscreenElement) router.push(exit);
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
    // Says which slide's keys are live, for the end-to-end tests and for assistive tools.
    document.body.dataset.deckSlide = String(index);
    // The next slide is fetched ahead, so the move is instant in class.
    if (index < total) router.prefetch(slidePath(index + 1));
    return () => listeners.abort();
  }, [index, total, exit, router]);

  return (
    <>
      {showNotes && (
        <aside className="deck-notes" aria-label="Speaker notes" data-testid="deck-notes">
          <h2>Notes</h2>
          <p>{notes}</p>
        </aside>
      )}
      {blank && (
        <div
          className="deck-blank"
          data-testid="deck-blank"
          aria-label="Blank screen: press B to return"
          role="img"
        />
      )}
    </>
  );
}
