import Link from 'next/link';

import { ChartThumbnail } from '@/components/chart-svg';
import { charts } from '@/lib/charts/registry';
import { storyOrder } from '@/lib/charts/story-order';
import { firstRows } from '@/lib/grammar/thumbnail';
import { datasetSummaries } from '@/lib/data/catalogue';
import { loadPackage } from '@/lib/data/load-package';
import { chartPath } from '@/lib/site/paths';

/** A card's picture is this many times as high as it is wide (its CSS aspect-ratio says the same). */
const CARD_ASPECT = 0.6;

export default function HomePage() {
  const pkg = loadPackage();
  const { descriptor } = pkg;
  const datasets = datasetSummaries(descriptor);
  return (
    <>
      <section className="intro">
        <h1>The Soviet secret police in numbers, 1917–1941</h1>
        <p className="lede">
          From the Cheka of 1917 to the NKVD of the Great Purge: the figures two teaching sources
          give for the secret police, set beside what historians have found in the archives. Every
          number comes with its source and unit; where a source prints “?”, the figure stays
          unknown.
        </p>
      </section>

      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Charts</h2>
        <ul className="chart-list">
          {storyOrder(charts, descriptor)
            .map((chart) => ({ chart, built: chart.build(pkg) }))
            .map(({ chart, built }) => (
              <li key={chart.slug} className="chart-card" data-chart={chart.slug}>
                <ChartThumbnail
                  picture={firstRows(built.scenes.narrow, CARD_ASPECT)}
                  idPrefix={`thumbnail-${chart.slug}`}
                />
                <h3>
                  <Link href={chartPath(chart.slug)}>{chart.title}</Link>
                </h3>
                <p className="headline">
                  <strong>{built.headline.figure}</strong> {built.headline.unit}{' '}
                  <span>{built.headline.label}</span>
                </p>
                <p>{chart.summary}</p>
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">Datasets</h2>
        <ul className="dataset-list">
          {datasets.map((dataset) => (
            <li key={dataset.name} className="dataset-card" data-dataset={dataset.name}>
              <h3>{dataset.title}</h3>
              <p>{dataset.summary}</p>
              <dl className="facts">
                <div>
                  <dt>Period</dt>
                  <dd>{dataset.period}</dd>
                </div>
                <div>
                  <dt>{dataset.sources.length === 1 ? 'Source' : 'Sources'}</dt>
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
