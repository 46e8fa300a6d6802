import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import { FAVICON_PNG, FAVICON_PNG_SIZE, FAVICON_SVG } from '@/lib/site/favicon';
import { localePath, withBase } from '@/lib/site/paths';
import { siteUrl } from '@/lib/site/pages';
import { siteClientWords, siteSay } from '@/lib/text/chart-file';

import { ErrorWordsProvider } from './error-words';

/** What every page's head says, whatever its language: the site's name, its icons. */
export function rootMetadata(locale: string): Metadata {
  const say = siteSay(locale);
  const site = say('site-name');
  return {
    // Without the site's address no metadata names an absolute address (Next.js would resolve a
    // relative one against localhost).
    ...(siteUrl && { metadataBase: new URL(siteUrl) }),
    // %s is where Next.js puts a page's own title.
    title: { default: site, template: say('root-title', { title: '%s', site }) },
    description: say('root-description'),
    // Drawn by the build (scripts/build-downloads.ts). Named with the site's folder, which Next.js
    // adds to its own files but not to these addresses.
    icons: {
      icon: [
        { url: withBase(FAVICON_SVG), type: 'image/svg+xml' },
        {
          url: withBase(FAVICON_PNG),
          type: 'image/png',
          sizes: `${FAVICON_PNG_SIZE}x${FAVICON_PNG_SIZE}`,
        },
      ],
    },
  };
}

/**
 * The document of every page in one language: `<html lang>` is the page's, and the error page's
 * words (components/error-page.tsx) are handed down in it. Each language has its own root layout, since
 * the language of `<html>` is the root layout's to write.
 */
export function RootDocument({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body>
        <ErrorWordsProvider words={siteClientWords('error', locale)} home={localePath(locale, '/')}>
          {children}
        </ErrorWordsProvider>
      </body>
    </html>
  );
}
