'use client';

import { useScripted } from './use-scripted';

/**
 * Prints the page as a handout. Shown only once scripts run (a button that did nothing without
 * them would mislead); without scripts, the browser's own Print prints the same handout.
 */
export function PrintButton() {
  if (!useScripted()) return null;
  return (
    <button type="button" className="button print-button" onClick={() => window.print()}>
      Print handout
    </button>
  );
}
