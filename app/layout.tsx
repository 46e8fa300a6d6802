import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { FAVICON_PNG, FAVICON_PNG_SIZE, FAVICON_SVG } from '@/lib/site/favicon';
import { withBase } from '@/lib/site/paths';
import { siteUrl } from '@/lib/site/pages';

import './globals.css';

export const metadata: Metadata = {
  // Without the site's address no metadata names an absolute address (Next.js would resolve a
  // relative one against localhost).
  ...(siteUrl && { metadataBase: new URL(siteUrl) }),
  title: { default: 'Repression in Numbers', template: '%s · Repression in Numbers' },
  description:
    'The Soviet secret police in numbers, 1917–1941: sourced datasets and charts for history classrooms.',
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

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
