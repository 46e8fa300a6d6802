'use client';

import { useState, type MouseEvent, type ReactNode } from 'react';

/**
 * A link to a large file that shows how much of it has arrived. Without JavaScript it is a plain
 * download link; with it, the file is fetched in pieces with a progress bar, then saved.
 */
export function ProgressDownload({
  href,
  fileName,
  children,
}: {
  href: string;
  fileName: string;
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
      if (!response.ok || !response.body)
        throw new Error(`The server answered ${response.status}.`);
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
        `The download failed: ${caught instanceof Error ? caught.message : 'network error'} Try again, or use the link without scripts.`,
      );
    }
  };

  return (
    <span className="progress-download">
      <a href={href} download={fileName} onClick={download}>
        {children}
      </a>
      {progress !== null && (
        <progress max={1} value={progress} aria-label={`Downloading ${fileName}`}>
          {Math.round(progress * 100)}%
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
