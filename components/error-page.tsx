'use client';

import Link from 'next/link';

import { useErrorWords } from '@/components/error-words';

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
  const { words, home } = useErrorWords();
  return (
    <main id="main" className="not-found">
      <h1>{words['error-heading']}</h1>
      <p>{words['error-text']}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {words['error-retry']}
        </button>{' '}
        <Link href={home}>{words['error-home']}</Link>
      </p>
    </main>
  );
}
