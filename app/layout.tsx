import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { siteUrl } from '@/lib/site';

import './globals.css';

export const metadata: Metadata = {
  // Without the site's address no metadata names an absolute address (Next.js would resolve a
  // relative one against localhost).
  ...(siteUrl && { metadataBase: new URL(siteUrl) }),
  title: { default: 'Repression in Numbers', template: '%s · Repression in Numbers' },
  description:
    'The Soviet secret police in numbers, 1917–1941: sourced datasets and charts for history classrooms.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
