'use client';

import { useState, type MouseEvent, type ReactNode } from 'react';

import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

/** A server's answer other than a file. */
class RefusedDownload extends Error {
  constructor(readonly status: number) {
    super(`the server answered ${status}`);
  }
}

/**
 * A link to a large file that shows how much of it has arrived. Without JavaScript it is a plain
 * download link; with it, the file is fetched in pieces with a progress bar, then saved.
 */
export function ProgressDownload({
  href,
  fileName,
  words,
  children,
}: {
  href: string;
  fileName: string;
  words: ClientWords<'download'>;
  children: ReactNode;
}) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState('');

  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!('ReadableStream' in window)) return;
    event.preventDefault();
    setError('');
    setProgress(0);
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new RefusedDownload(response.status);
      const total = Number(response.headers.get('content-length')) || 0;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setProgress(total ? received / total : null);
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: 'application/zip' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress(null);
    } catch (caught) {
      setProgress(null);
      setError(
        caught instanceof RefusedDownload
          ? fill(words['download-failed-status'], { status: String(caught.status) })
          : words['download-failed-network'],
      );
    }
  };

  return (
    <span className="progress-download">
      <a href={href} download={fileName} onClick={download}>
        {children}
      </a>
      {progress !== null && (
        <progress
          max={1}
          value={progress}
          aria-label={fill(words['download-progress'], { file: fileName })}
        >
          {/* Drawn only in the browser, after a click: the page's language writes the share. */}
          {new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' }).format(
            progress,
          )}
        </progress>
      )}
      {error && (
        <span role="alert" className="status error">
          {error}
        </span>
      )}
    </span>
  );
}
