import { fileSize } from '@/lib/downloads/file-size';
import { siteClientWords } from '@/lib/text/chart-file';

import { ProgressDownload } from './progress-download';
import { withBase } from '@/lib/site/paths';

export interface DownloadItem {
  href: string;
  label: string;
  format: string;
}

/** Links to files made at build time, each with its format and size, so a reader knows what comes. */
export function DownloadList({
  items,
  locale,
}: {
  items: readonly DownloadItem[];
  locale: string;
}) {
  const words = siteClientWords('download', locale);
  return (
    <ul className="download-list">
      {items.map((item) => {
        const fileName = item.href.split('/').at(-1)!;
        const text = (
          <>
            {item.label}{' '}
            <span className="file-meta">
              ({item.format}, {fileSize(item.href)})
            </span>
          </>
        );
        return (
          <li key={item.href}>
            {item.href.endsWith('.zip') ? (
              <ProgressDownload href={withBase(item.href)} fileName={fileName} words={words}>
                {text}
              </ProgressDownload>
            ) : (
              <a href={withBase(item.href)} download={fileName}>
                {text}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
