import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and while the page still waits for its scripts; true once React has
 * taken the page over. A control that works only with scripts stays disabled, or absent, till then:
 * a button that does nothing when pressed would mislead.
 */
export function useScripted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
