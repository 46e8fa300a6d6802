'use client';

import { useState } from 'react';

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
  resolveAddresses = false,
}: {
  text: string;
  targetId: string;
  label: string;
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
      setStatus('Copied');
    } catch {
      const target = document.getElementById(targetId);
      if (target) window.getSelection()?.selectAllChildren(target);
      setStatus('Selected: press Ctrl+C (⌘C on a Mac) to copy');
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
        Copy {label}
      </button>
      <span id={`${targetId}-status`} role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
