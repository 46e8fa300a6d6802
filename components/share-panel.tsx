import type { ResourceDescriptor } from '@/lib/data/package-schema';
import { chartFile, dataFile, dataFormats, formatLabel, packFile } from '@/lib/downloads/files';
import { classShareLinks } from '@/lib/site/class-share';
import { siteClientWords } from '@/lib/text/chart-file';
import type { Say } from '@/lib/text/messages';

import { CopyButton } from './copy-button';
import { DownloadList } from './download-list';
import { Message } from './message';

interface Props {
  slug: string;
  title: string;
  /** The chart's absolute address, or its address on the site where the build was given none. */
  url: string;
  resources: ResourceDescriptor[];
  /** The site's words, for what kind of file each download is. */
  say: Say;
}

/** Links that hand the chart's address to a class's platform, in a window of the platform's own. */
function ClassShare({ url, title, say }: { url: string; title: string; say: Say }) {
  const links = classShareLinks(url, title);
  return (
    <p className="class-share">
      {say('share-class')}{' '}
      <a href={links.classroom} target="_blank" rel="noopener noreferrer">
        {say('share-classroom')}
      </a>{' '}
      ·{' '}
      <a href={links.teams} target="_blank" rel="noopener noreferrer">
        {say('share-teams')}
      </a>
    </p>
  );
}

/** "Get the data" beside every chart: the image, the data, a classroom pack, a link and an embed. */
export function SharePanel({ slug, title, url, resources, say }: Props) {
  const embed = `<iframe src="${url.replace('/charts/', '/embed/')}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="620" style="border:0" loading="lazy"></iframe>`;
  return (
    <section aria-labelledby="share-heading" className="share-panel">
      <h2 id="share-heading">{say('share-heading')}</h2>
      <h3>{say('share-chart')}</h3>
      <DownloadList
        items={[
          {
            href: chartFile(slug, 'png', say.locale),
            label: say('share-png'),
            format: formatLabel(say, 'png'),
          },
          {
            href: chartFile(slug, 'svg', say.locale),
            label: say('share-svg'),
            format: formatLabel(say, 'svg'),
          },
          {
            href: packFile(slug, say.locale),
            label: say('share-pack'),
            format: formatLabel(say, 'zip'),
          },
        ]}
        locale={say.locale}
      />
      <h3>{say('share-data')}</h3>
      <DownloadList
        items={resources.flatMap((resource) =>
          dataFormats.map((format) => ({
            href: dataFile(resource.name, format, say.locale),
            label: resource.title,
            format: formatLabel(say, format),
          })),
        )}
        locale={say.locale}
      />
      <h3>{say('share-link')}</h3>
      <p>
        <Message
          say={say}
          message="share-link-text"
          values={{ view: '?view=table', mark: '?mark=…', code: (text) => <code>{text}</code> }}
        />
      </p>
      <pre id={`embed-${slug}`} className="embed-code">
        {embed}
      </pre>
      {url.startsWith('/') && <p className="embed-note">{say('share-embed-note')}</p>}
      <CopyButton
        text={embed}
        targetId={`embed-${slug}`}
        label={say('share-copy-embed')}
        words={siteClientWords('copy', say.locale)}
        resolveAddresses={url.startsWith('/')}
      />
      {/* A class's own platform needs the chart's public address, which a build without one lacks. */}
      {!url.startsWith('/') && <ClassShare url={url} title={title} say={say} />}
    </section>
  );
}
