import { useEffect, useMemo, useSyncExternalStore } from 'react';

import { deckOrderOf, wholeDeck, type DeckIndex, type DeckOrder } from '@/lib/present/lesson';

/** A deck page's address changes only by a move to another page, never under it. */
const subscribe = () => () => undefined;

/**
 * The page's `location.search`: '' in the server's HTML, which cannot see the address, and while
 * the page is hydrated; the address's own once its scripts run, without a mismatch between the two.
 */
export function useAddressSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
}

/** The order a deck page follows: the lesson its address names (`?c=…`), or the whole deck. */
export function useDeckOrder(index: DeckIndex, current?: number): DeckOrder {
  const search = useAddressSearch();
  return useMemo(
    () => (search ? deckOrderOf(search, index, current) : wholeDeck(index.total)),
    [search, index, current],
  );
}

/**
 * A language switch on a lesson's page takes the lesson along (`?c=…`, which the page's links,
 * written before anyone built a lesson, cannot know): pointed at or focused, each link's address
 * gains the page's query, so that a click, a new tab or a copied link opens the same lesson in
 * the other language.
 */
export function useLanguageSwitchKeepsLesson(): void {
  useEffect(() => {
    const listeners = new AbortController();
    const { signal } = listeners;
    const withLesson = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[hreflang]') : null;
      if (link instanceof HTMLAnchorElement && link.closest('.language-switch'))
        link.search = window.location.search;
    };
    for (const type of ['pointerover', 'focusin'])
      document.addEventListener(type, withLesson, { signal });
    // A click goes to the address the link now shows, not the one the router was given.
    document.addEventListener(
      'click',
      (event) => {
        const link = event.target instanceof Element ? event.target.closest('a[hreflang]') : null;
        if (!(link instanceof HTMLAnchorElement) || !link.closest('.language-switch')) return;
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        withLesson(event);
        event.preventDefault();
        event.stopPropagation();
        window.location.assign(link.href);
      },
      { capture: true, signal },
    );
    return () => listeners.abort();
  }, []);
}
