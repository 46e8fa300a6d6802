'use client';

import { useState } from 'react';

import type { ClientWords } from '@/lib/text/client-words';

import { useScripted } from './use-scripted';

/**
 * Copies a text to the clipboard. Where the browser refuses (an old browser, or a page not served
 * over HTTPS), it says so and selects the text so the reader can copy it by hand. Disabled until
 * the page's scripts run, and not shown where scripting is off: the text can still be selected.
 */
export function CopyButton({
  text,
  targetId,
  label,
  words,
  resolveAddresses = false,
}: {
  text: string;
  targetId: string;
  /** The button's words, the caller's: "Copy the APA citation". */
  label: string;
  words: ClientWords<'copy'>;
  /**
   * The text's src="/…" addresses are the site's own, relative to its host (a build that was not
   * given the site's address): the copy makes them absolute against the page being read.
   */
  resolveAddresses?: boolean;
}) {
  const [status, setStatus] = useState('');
  const scripted = useScripted();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(
        resolveAddresses
          ? text.replace(
              /src="(\/[^"]*)"/g,
              (_, path: string) => `src="${new URL(path, window.location.href).href}"`,
            )
          : text,
      );
      setStatus(words['copy-done']);
    } catch {
      const target = document.getElementById(targetId);
      if (target) window.getSelection()?.selectAllChildren(target);
      setStatus(words['copy-selected']);
    }
  };
  return (
    <span className="copy">
      <button
        type="button"
        className="button button-small"
        onClick={copy}
        disabled={!scripted}
        aria-describedby={`${targetId}-status`}
      >
        {label}
      </button>
      <span id={`${targetId}-status`} role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
