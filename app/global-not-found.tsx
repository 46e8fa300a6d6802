import type { Metadata, Viewport } from 'next';
import Link from 'next/link';

import { rootMetadata } from '@/components/root-document';
import { charts } from '@/lib/charts/registry';
import { LOCALES } from '@/lib/locale/locales';
import { chartPath, localePath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';

import './globals.css';

export const metadata: Metadata = rootMetadata('en');

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/**
 * For any unknown address, and for a download that does not exist: a way back, never a blank.
 * A static host serves this one page (404.html) for every language's missing address, so it is
 * its own document, outside every language's root layout, and says so in every language: English
 * first, with every chart, then each translation with its home page and data.
 */
export default function NotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="not-found">
          {LOCALES.map((locale) => {
            const say = siteSay(locale);
            const Heading = locale === 'en' ? 'h1' : 'h2';
            return (
              <section key={locale} lang={locale}>
                <Heading>{say('not-found-title')}</Heading>
                <p>{say('not-found-text')}</p>
                <ul>
                  <li>
                    <Link href={localePath(locale, '/')}>{say('not-found-home')}</Link>
                  </li>
                  <li>
                    <Link href={localePath(locale, '/data')}>{say('not-found-data')}</Link>
                  </li>
                  {locale === 'en' &&
                    charts.map((chart) => (
                      <li key={chart.slug}>
                        <Link href={chartPath(chart.slug)}>{chart.heading('en').title}</Link>
                      </li>
                    ))}
                </ul>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
