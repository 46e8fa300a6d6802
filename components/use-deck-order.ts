import { useMemo, useSyncExternalStore } from 'react';

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
