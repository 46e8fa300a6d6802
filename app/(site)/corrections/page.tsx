import type { Metadata } from 'next';
import Link from 'next/link';

import { chartBySlug } from '@/lib/charts/registry';
import { loadReleases } from '@/lib/data/corrections';
import { chartPath, withBase } from '@/lib/site/paths';

export const metadata: Metadata = {
  title: 'Corrections',
  description:
    'Every change of a figure, a date or a reading on Repression in Numbers: what the site said, what it says now, and why.',
};

export default function CorrectionsPage() {
  const releases = loadReleases();
  return (
    <article className="corrections">
      <h1>Corrections</h1>
      <p className="lede">
        Every change of a figure, a date or a reading, newest first: what the site said, what it
        says now, and why. The data&apos;s version (in{' '}
        <a href={withBase('/datapackage.json')}>the data package</a> and in every download) goes up
        with each release.
      </p>
      {releases.map((release) => (
        <section key={release.version} aria-labelledby={`release-${release.version}`}>
          <h2 id={`release-${release.version}`}>
            Version {release.version}, <time dateTime={release.date}>{release.date}</time>
          </h2>
          <p>{release.summary}</p>
          {release.additions.length > 0 && (
            <ul>
              {release.additions.map((addition) => (
                <li key={addition}>{addition}</li>
              ))}
            </ul>
          )}
          {release.corrections.length > 0 && (
            <ol className="correction-list">
              {release.corrections.map((correction, index) => {
                const chart = correction.chart ? chartBySlug(correction.chart) : undefined;
                return (
                  <li key={index}>
                    <p>
                      <strong>
                        {chart ? (
                          <Link href={chartPath(chart.slug)}>{chart.title}</Link>
                        ) : (
                          'The whole site'
                        )}
                      </strong>
                    </p>
                    <dl>
                      <dt>It said</dt>
                      <dd>{correction.said}</dd>
                      <dt>It says now</dt>
                      <dd>{correction.says}</dd>
                      <dt>Why</dt>
                      <dd>{correction.why}</dd>
                    </dl>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </article>
  );
}
