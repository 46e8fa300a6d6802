import Link from 'next/link';
import type { ReactNode } from 'react';

import { Message } from '@/components/message';
import { siteSay } from '@/lib/text/chart-file';

export default function SiteLayout({ children }: { children: ReactNode }) {
  const say = siteSay('en');
  return (
    <>
      <a className="skip-link" href="#main">
        {say('layout-skip')}
      </a>
      <header className="site-header">
        <Link href="/" className="site-title">
          {say('site-name')}
        </Link>
        <span className="site-tagline">{say('layout-tagline')}</span>
        <nav aria-label={say('layout-nav')} className="site-nav">
          <Link href="/#charts-heading">{say('layout-nav-charts')}</Link>
          <Link href="/data">{say('layout-nav-data')}</Link>
          <Link href="/present">{say('layout-nav-present')}</Link>
          <Link href="/about">{say('layout-nav-about')}</Link>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          <Message
            say={say}
            message="layout-footer"
            values={{
              licence: (text) => (
                <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
                  {text}
                </a>
              ),
            }}
          />{' '}
          <Link href="/about">{say('layout-footer-about')}</Link>.{' '}
          <Link href="/corrections">{say('layout-footer-corrections')}</Link>.
        </p>
      </footer>
    </>
  );
}
