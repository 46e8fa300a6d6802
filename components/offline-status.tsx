'use client';

import { useEffect, useState } from 'react';

import { DECK_WORKER } from '@/lib/present/worker';
import { withBase } from '@/lib/site/paths';

type State = 'saving' | 'ready' | 'offline' | 'failed';

const MESSAGES: Record<State, string> = {
  saving: 'Saving the deck for offline use…',
  ready: 'Saved: works offline',
  offline: 'Offline: showing the saved deck',
  failed: 'Could not save the deck for offline use',
};

/**
 * Keeps the deck for a class whose network goes, through a service worker, and says where that
 * stands. Without scripts, or in a browser without service workers, it shows nothing: the deck
 * then needs the network, as any web page does.
 */
export function OfflineStatus() {
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let saved = false;
    const show = () => setState(navigator.onLine ? (saved ? 'ready' : 'saving') : 'offline');
    show();
    navigator.serviceWorker
      .register(withBase(DECK_WORKER.script), { scope: withBase(DECK_WORKER.scope) })
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        saved = true;
        show();
      })
      .catch(() => setState(navigator.onLine ? 'failed' : 'offline'));
    const listeners = new AbortController();
    window.addEventListener('online', show, { signal: listeners.signal });
    window.addEventListener('offline', show, { signal: listeners.signal });
    return () => listeners.abort();
  }, []);

  return (
    <span className="deck-offline" role="status" data-state={state ?? undefined}>
      {state ? MESSAGES[state] : null}
    </span>
  );
}
