'use client';

import Link from 'next/link';

/**
 * What a reader sees if a page fails in the browser: a plain message and ways on, never a stack
 * trace. (Pages are prerendered, so a failure on the server stops the build instead.)
 */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="not-found">
      <h1>Something went wrong on this page</h1>
      <p>
        The page could not be shown. Try again; if it happens again, please report it from the About
        page.
      </p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{' '}
        <Link href="/">Go to the home page</Link>
      </p>
    </main>
  );
}
