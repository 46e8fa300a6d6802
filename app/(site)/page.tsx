import Link from 'next/link';

import { ChartThumbnail } from '@/components/chart-thumbnail';
import type { ChartDefinition } from '@/lib/charts/definition';
import { charts } from '@/lib/charts/registry';
import { datasetSummaries } from '@/lib/catalogue';
import { loadPackage } from '@/lib/data/load-package';
import type { ValidatedPackage } from '@/lib/data/validate-package';
import { chartPath } from '@/lib/paths';

/** The charts in the order of the story: by the first year each shows, then as registered. */
function storyOrder(pkg: ValidatedPackage) {
  const firstYear = (chart: ChartDefinition) =>
    Math.min(
      ...chart.datasets.map((name) => {
        const period = pkg.descriptor.resources.find((r) => r.name === name)?.period ?? '';
        return Number(/\d{4}/.exec(period)?.[0] ?? 9999);
      }),
    );
  return charts
    .map((chart, index) => ({ chart, index, built: chart.build(pkg), year: firstYear(chart) }))
    .sort((a, b) => a.year - b.year || a.index - b.index);
}

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
          {storyOrder(pkg).map(({ chart, built }) => (
            <li key={chart.slug} className="chart-card" data-chart={chart.slug}>
              <ChartThumbnail scene={built.scenes.wide} idPrefix={`thumbnail-${chart.slug}`} />
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
