import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Repression in Numbers', template: '%s · Repression in Numbers' },
  description:
    'The Soviet secret police in numbers, 1917–1938: sourced datasets and charts for history classrooms.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-title">
            Repression in Numbers
          </Link>
          <span className="site-tagline">The Soviet secret police, 1917–1938</span>
          <nav aria-label="Site" className="site-nav">
            <Link href="/#charts-heading">Charts</Link>
            <Link href="/#datasets-heading">Datasets</Link>
            <Link href="/about">About</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Data compiled under{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
              CC BY 4.0
            </a>
            ; code under the MIT licence. Every figure is given with its source.
          </p>
        </footer>
      </body>
    </html>
  );
}
