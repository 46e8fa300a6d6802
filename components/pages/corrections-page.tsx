import type { Metadata } from 'next';
import Link from 'next/link';

import { Message } from '@/components/message';
import { chartBySlug } from '@/lib/charts/registry';
import { loadReleases } from '@/lib/data/corrections';
import { chartPath, withBase } from '@/lib/site/paths';
import { pageMetadata } from '@/lib/site/alternates';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { LanguageSwitch } from '@/components/language-switch';
import { siteSay } from '@/lib/text/chart-file';
import { localizedReleases } from '@/lib/text/localized-package';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/corrections', locale, {
    title: say('corrections-title'),
    description: say('corrections-description', { site: say('site-name') }),
  });
}

export default async function CorrectionsPage({ params }: Props) {
  const locale = await routeLocale(params);
  const releases = localizedReleases(loadReleases(), locale);
  const say = siteSay(locale);
  return (
    <article className="corrections">
      <LanguageSwitch path="/corrections" say={say} />
      <h1>{say('corrections-title')}</h1>
      <p className="lede">
        <Message
          say={say}
          message="corrections-lede"
          values={{ package: (text) => <a href={withBase('/datapackage.json')}>{text}</a> }}
        />
      </p>
      {releases.map((release) => (
        <section key={release.version} aria-labelledby={`release-${release.version}`}>
          <h2 id={`release-${release.version}`}>
            <Message
              say={say}
              message="corrections-release"
              values={{
                version: release.version,
                date: release.date,
                time: (text) => <time dateTime={release.date}>{text}</time>,
              }}
            />
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
                          <Link href={chartPath(chart.slug, locale)}>
                            {chart.heading(locale).title}
                          </Link>
                        ) : (
                          say('corrections-whole-site')
                        )}
                      </strong>
                    </p>
                    <dl>
                      <dt>{say('corrections-said')}</dt>
                      <dd>{correction.said}</dd>
                      <dt>{say('corrections-says')}</dt>
                      <dd>{correction.says}</dd>
                      <dt>{say('corrections-why')}</dt>
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
