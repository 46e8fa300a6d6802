'use client';

import { useScripted } from './use-scripted';

/**
 * Prints the page: a chart page in full (the teacher's copy), a handout as one sheet. Shown only
 * once scripts run (a button that did nothing without them would mislead); without scripts, the
 * browser's own Print prints the same.
 */
export function PrintButton({ label }: { label: string }) {
  if (!useScripted()) return null;
  return (
    <button type="button" className="button print-button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
