'use client';

import { useEffect, useState } from 'react';

import { deckWorker } from '@/lib/present/worker';
import { withBase } from '@/lib/site/paths';
import type { ClientWords } from '@/lib/text/client-words';

type State = 'saving' | 'ready' | 'offline' | 'failed';

/** How long "Saved" stays in sight once the deck has been saved on this visit. */
const SAVED_IN_SIGHT_MS = 5000;

/**
 * Keeps the deck for a class whose network goes, through a service worker, and says where that
 * stands. Without scripts, or in a browser without service workers, it shows nothing: the deck
 * then needs the network, as any web page does. Every state is said to screen readers; the
 * projector is spared the routine ones (`data-quiet`: saving, and saved once the news is a few
 * seconds old or was saved on an earlier visit), and shows only what the teacher must know.
 */
export function OfflineStatus({
  words,
  locale,
}: {
  words: ClientWords<'offline'>;
  /** The deck's language, whose own worker keeps its slides. */
  locale: string;
}) {
  const [state, setState] = useState<State | null>(null);
  const [savedNewsOld, setSavedNewsOld] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    // A page the worker already serves was saved on an earlier visit: no news to show.
    const savedBefore = navigator.serviceWorker.controller !== null;
    let saved = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const worker = deckWorker(locale);
    // The browser's word is not enough: it says "online" on a network that reaches nothing (a
    // school's, its internet gone), and to a deck reloaded from the saved copy. A request for the
    // worker's own script, which the worker lets through and no cache keeps, asks this site itself.
    let asked = 0;
    const show = () => {
      const question = ++asked;
      if (!navigator.onLine) return setState('offline');
      fetch(withBase(worker.script), { method: 'HEAD', cache: 'no-store' })
        .then(
          (response) => response.ok,
          () => false,
        )
        .then((reached) => {
          if (question === asked) setState(reached ? (saved ? 'ready' : 'saving') : 'offline');
        });
    };
    show();
    navigator.serviceWorker
      .register(withBase(worker.script), { scope: withBase(worker.scope) })
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        saved = true;
        if (savedBefore) setSavedNewsOld(true);
        else timer = setTimeout(() => setSavedNewsOld(true), SAVED_IN_SIGHT_MS);
        show();
      })
      .catch(() => setState(navigator.onLine ? 'failed' : 'offline'));
    const listeners = new AbortController();
    window.addEventListener('online', show, { signal: listeners.signal });
    window.addEventListener('offline', show, { signal: listeners.signal });
    return () => {
      listeners.abort();
      clearTimeout(timer);
    };
  }, [locale]);

  const quiet = state === 'saving' || (state === 'ready' && savedNewsOld);
  return (
    <span
      className="deck-offline"
      role="status"
      data-state={state ?? undefined}
      data-quiet={quiet || undefined}
    >
      {state ? words[`offline-${state}`] : null}
    </span>
  );
}
