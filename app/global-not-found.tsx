import type { Metadata, Viewport } from 'next';
import Link from 'next/link';

import { rootMetadata } from '@/components/root-document';
import { charts } from '@/lib/charts/registry';
import { chartPath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';

import './globals.css';

export const metadata: Metadata = rootMetadata();

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * For any unknown address, and for a download that does not exist: a way back, never a blank.
 * A static host serves this one page (404.html) for every language's missing address, so it is
 * its own document, outside every language's root layout.
 */
export default function NotFound() {
  const say = siteSay('en');
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          <h1>{say('not-found-title')}</h1>
          <p>{say('not-found-text')}</p>
          <ul>
            <li>
              <Link href="/">{say('not-found-home')}</Link>
            </li>
            <li>
              <Link href="/data">{say('not-found-data')}</Link>
            </li>
            {charts.map((chart) => (
              <li key={chart.slug}>
                <Link href={chartPath(chart.slug)}>{chart.title}</Link>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
