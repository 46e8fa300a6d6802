import Link from 'next/link';
import type { ReactNode } from 'react';

import { Message } from '@/components/message';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { localePath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';

/**
 * The site's header, navigation and footer around a page, in the page's language: the layout of
 * the site's pages in English (app/(en)/(site)/) and in each translation (app/[lang]/(site)/).
 */
export default async function SiteFrame({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<LocaleParams>;
}) {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  const to = (path: string) => localePath(locale, path);
  return (
    <>
      <a className="skip-link" href="#main">
        {say('layout-skip')}
      </a>
      <header className="site-header">
        <Link href={to('/')} className="site-title">
          {say('site-name')}
        </Link>
        <span className="site-tagline">{say('layout-tagline')}</span>
        <nav aria-label={say('layout-nav')} className="site-nav">
          <Link href={to('/#charts-heading')}>{say('layout-nav-charts')}</Link>
          <Link href={to('/data')}>{say('layout-nav-data')}</Link>
          <Link href={to('/present')}>{say('layout-nav-present')}</Link>
          <Link href={to('/glossary')}>{say('layout-nav-glossary')}</Link>
          <Link href={to('/about')}>{say('layout-nav-about')}</Link>
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
          <Link href={to('/about')}>{say('layout-footer-about')}</Link>.{' '}
          <Link href={to('/corrections')}>{say('layout-footer-corrections')}</Link>.
        </p>
      </footer>
    </>
  );
}
