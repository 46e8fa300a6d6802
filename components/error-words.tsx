'use client';

import { createContext, useContext, type ReactNode } from 'react';

import type { ClientWords } from '@/lib/text/client-words';

/**
 * The words of the page a failure in the browser shows (app/(en)/error.tsx). Next.js gives that page
 * no props but the error, so the root layout, which wraps it, hands them down here.
 */
const ErrorWords = createContext<ClientWords<'error'> | null>(null);

export function ErrorWordsProvider({
  words,
  children,
}: {
  words: ClientWords<'error'>;
  children: ReactNode;
}) {
  return <ErrorWords value={words}>{children}</ErrorWords>;
}

/** The error page's words; the root layout always provides them. */
export function useErrorWords(): ClientWords<'error'> {
  const words = useContext(ErrorWords);
  if (!words) throw new Error('ErrorWordsProvider is missing from the root layout');
  return words;
}
