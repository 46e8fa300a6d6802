'use client';

import { useEffect } from 'react';

/**
 * Esc puts away a glossary definition shown beside its term (WCAG 1.4.13: content on hover or
 * focus can be dismissed without moving the pointer or the focus). It shows again the next time
 * its term is pointed at or focused. The definitions themselves are the page's HTML and CSS.
 */
export function TermTips() {
  useEffect(() => {
    const listeners = new AbortController();
    const { signal } = listeners;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape') return;
        for (const term of document.querySelectorAll('.term:hover, .term:focus-within'))
          term.setAttribute('data-dismissed', '');
      },
      { signal },
    );
    const shown = (event: Event & { relatedTarget: EventTarget | null }) => {
      const term = event.target instanceof Element ? event.target.closest('.term') : null;
      if (term && !(event.relatedTarget instanceof Node && term.contains(event.relatedTarget)))
        term.removeAttribute('data-dismissed');
    };
    document.addEventListener('pointerover', shown, { signal });
    document.addEventListener('focusin', shown, { signal });
    return () => listeners.abort();
  }, []);
  return null;
}
