import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { FAVICON_PNG, FAVICON_PNG_SIZE, FAVICON_SVG } from '@/lib/site/favicon';
import { withBase } from '@/lib/site/paths';
import { siteUrl } from '@/lib/site/pages';
import { ErrorWordsProvider } from '@/components/error-words';
import { siteClientWords, siteSay } from '@/lib/text/chart-file';

import './globals.css';

export function generateMetadata(): Metadata {
  const say = siteSay();
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

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ErrorWordsProvider words={siteClientWords('error', 'en')}>{children}</ErrorWordsProvider>
      </body>
    </html>
  );
}
