import Link from 'next/link';

import { ChartThumbnail } from '@/components/chart-svg';
import { charts } from '@/lib/charts/registry';
import { storyOrder } from '@/lib/charts/story-order';
import { firstRows } from '@/lib/grammar/thumbnail';
import { datasetSummaries } from '@/lib/data/catalogue';
import { loadPackage } from '@/lib/data/load-package';
import { slidePath } from '@/lib/present/deck';
import { chartPath, localePath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';
import { localizedPackage } from '@/lib/text/localized-package';
import { pageMetadata } from '@/lib/site/alternates';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { LanguageSwitch } from '@/components/language-switch';
import type { Metadata } from 'next';

/** A card's picture is this many times as high as it is wide (its CSS aspect-ratio says the same). */
const CARD_ASPECT = 0.6;

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/', locale, {
    title: { absolute: say('site-name') },
    description: say('root-description'),
  });
}

/** The home page: every chart as a card, in the order of the story, then the datasets. */
export default async function HomePage({ params }: Props) {
  const locale = await routeLocale(params);
  const canonical = loadPackage();
  const { descriptor } = localizedPackage(canonical, locale);
  const datasets = datasetSummaries(descriptor);
  const say = siteSay(locale);
  return (
    <>
      <LanguageSwitch path="/" say={say} />
      <section className="intro">
        <h1>{say('home-title')}</h1>
        <p className="lede">{say('home-lede')}</p>
        <p>
          {say('home-teach')} <Link href={slidePath(1, locale)}>{say('home-teach-deck')}</Link>{' '}
          <Link href={localePath(locale, '/present/lesson')}>{say('home-teach-lesson')}</Link>
        </p>
      </section>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">{say('home-charts')}</h2>
        <ul className="chart-list">
          {storyOrder(charts, descriptor)
            .map((chart) => ({ chart, built: chart.build(canonical, locale) }))
            .map(({ chart, built }) => (
              <li key={chart.slug} className="chart-card" data-chart={chart.slug}>
                <ChartThumbnail
                  picture={firstRows(built.scenes.narrow, CARD_ASPECT)}
                  idPrefix={`thumbnail-${chart.slug}`}
                />
                <h3>
                  <Link href={chartPath(chart.slug, locale)}>{chart.heading(locale).title}</Link>
                </h3>
                <p className="headline">
                  <strong>{built.headline.figure}</strong> {built.headline.unit}{' '}
                  <span>{built.headline.label}</span>
                </p>
                <p>{chart.heading(locale).summary}</p>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">{say('home-datasets')}</h2>
        <ul className="dataset-list">
          {datasets.map((dataset) => (
            <li key={dataset.name} className="dataset-card" data-dataset={dataset.name}>
              <h3>{dataset.title}</h3>
              <p>{dataset.summary}</p>
              <dl className="facts">
                <div>
                  <dt>{say('home-period')}</dt>
                  <dd>{dataset.period}</dd>
                </div>
                <div>
                  <dt>{say('home-sources', { count: dataset.sources.length })}</dt>
                  <dd>{dataset.sources.map((source) => source.title).join('; ')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
