import Link from 'next/link';
import type { ReactNode } from 'react';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="site-title">
          Repression in Numbers
        </Link>
        <span className="site-tagline">The Soviet secret police, 1917–1941</span>
        <nav aria-label="Site" className="site-nav">
          <Link href="/#charts-heading">Charts</Link>
          <Link href="/data">Data</Link>
          <Link href="/present">Present</Link>
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
          ; code under the MIT licence. Every figure is given with its source.{' '}
          <Link href="/about">About and method</Link>. <Link href="/corrections">Corrections</Link>.
        </p>
      </footer>
    </>
  );
}
