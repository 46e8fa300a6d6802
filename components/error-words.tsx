'use client';

import { createContext, useContext, type ReactNode } from 'react';

import type { ClientWords } from '@/lib/text/client-words';

/**
 * The words of the page a failure in the browser shows (components/error-page.tsx), and the
 * address of its language's home page. Next.js gives that page no props but the error, so the
 * root layout, which wraps it, hands them down here.
 */
interface ErrorPageText {
  words: ClientWords<'error'>;
  home: string;
}

const ErrorWords = createContext<ErrorPageText | null>(null);

export function ErrorWordsProvider({ children, ...text }: ErrorPageText & { children: ReactNode }) {
  return <ErrorWords value={text}>{children}</ErrorWords>;
}

/** The error page's words and home; the root layout always provides them. */
export function useErrorWords(): ErrorPageText {
  const text = useContext(ErrorWords);
  if (!text) throw new Error('ErrorWordsProvider is missing from the root layout');
  return text;
}
