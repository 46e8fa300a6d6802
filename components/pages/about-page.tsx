import type { Metadata } from 'next';
import Link from 'next/link';

import { Message } from '@/components/message';
import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { chartPath, localePath } from '@/lib/site/paths';
import { localizedPackage } from '@/lib/text/localized-package';
import { pageMetadata } from '@/lib/site/alternates';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { LanguageSwitch } from '@/components/language-switch';

import { siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/about', locale, {
    title: say('about-title'),
    description: say('about-description', { site: say('site-name') }),
  });
}

export default async function AboutPage({ params }: Props) {
  const locale = await routeLocale(params);
  const { descriptor } = localizedPackage(loadPackage(), locale);
  const say = siteSay(locale);
  return (
    <article className="about">
      <LanguageSwitch path="/about" say={say} />
      <h1>{say('about-heading', { site: say('site-name') })}</h1>
      <p className="lede">{say('about-lede')}</p>

      <h2>{say('about-what')}</h2>
      <p>{say('about-what-text')}</p>
      <ul>
        {charts.map((chart) => (
          <li key={chart.slug}>
            <Message
              say={say}
              message="about-chart"
              values={{
                title: chart.heading(locale).title,
                summary: chart.heading(locale).summary,
                chart: (text) => <Link href={chartPath(chart.slug, locale)}>{text}</Link>,
              }}
            />
          </li>
        ))}
      </ul>

      <h2>{say('about-method')}</h2>
      <h3>{say('about-entered')}</h3>
      <p>{say('about-entered-text')}</p>
      <h3>{say('about-checked')}</h3>
      <p>{say('about-checked-text')}</p>
      <h3>{say('about-read')}</h3>
      <p>{say('about-read-text')}</p>
      <h3>{say('about-corrections')}</h3>
      <p>
        <Message
          say={say}
          message="about-corrections-text"
          values={{
            version: descriptor.version,
            corrections: (text) => <Link href={localePath(locale, '/corrections')}>{text}</Link>,
          }}
        />
      </p>

      <h2>{say('about-sources')}</h2>
      <ul className="references">
        {descriptor.sources.map((source) => (
          <li key={source.name} id={`source-${source.name}`}>
            {source.citation}
          </li>
        ))}
      </ul>

      <h2>{say('about-licence')}</h2>
      <p>
        <Message
          say={say}
          message="about-licence-text"
          values={{
            note: descriptor.licenseNote,
            licence: (text) => <a href="https://creativecommons.org/licenses/by/4.0/">{text}</a>,
          }}
        />
      </p>

      <h2>{say('about-report')}</h2>
      <p>{say('about-report-text')}</p>
    </article>
  );
}
