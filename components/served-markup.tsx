'use client';

import type { ReactNode } from 'react';

/** What a page was served with, by page and key: kept when first shown, for when React draws it again. */
const served = new Map<string, string>();
const placeOf = (key: string) => `${location.pathname}#${key}`;

/**
 * A part of a page that never changes in the browser (a chart's SVG, a long text, a data table):
 * React neither rebuilds nor hydrates what is inside it, since an element with
 * `dangerouslySetInnerHTML` is taken as it was served. Give it `html` (markup) or `children`
 * (rendered on the server).
 *
 * The build takes both out of the page's inline React payload (lib/build/inline-payload.ts), as
 * the page already holds them, so when a page is first hydrated there is neither, and the element
 * keeps what it was served. That markup is kept here, for when the router draws the page again from
 * the same payload (going back to it). The payloads fetched for other pages are whole, so a page
 * reached by the router is drawn from them. Links inside are plain links.
 */
export function ServedMarkup({
  markupKey,
  html,
  children,
  className,
  id,
  as: Host = 'div',
}: {
  /** Unique on the page. */
  markupKey: string;
  html?: string;
  children?: ReactNode;
  className?: string;
  id?: string;
  as?: 'div' | 'span';
}) {
  if (!html && children !== undefined)
    return (
      <Host className={className} id={id}>
        {children}
      </Host>
    );
  return (
    <Host
      className={className}
      id={id}
      dangerouslySetInnerHTML={{
        __html:
          html || (typeof location === 'undefined' ? '' : served.get(placeOf(markupKey))) || '',
      }}
      ref={(element) => {
        if (element?.innerHTML) served.set(placeOf(markupKey), element.innerHTML);
      }}
    />
  );
}
