import { notFound } from 'next/navigation';

import { ChartFigure } from '@/components/chart-figure';
import { chartMetadata, type ChartRouteProps } from '@/lib/charts/chart-page';
import { chartBySlug, chartStaticParams } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { chartPath, withBase } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata(({ heading }) => ({
  title: heading.title,
  robots: { index: false },
}));

/** The chart alone, for an iframe on another site: its title and source are inside the SVG. */
export default async function EmbedPage({ params }: ChartRouteProps) {
  const { slug, lang: locale = 'en' } = await params;
  const definition = chartBySlug(slug);
  if (!definition) notFound();
  const chart = definition.build(loadPackage(), locale);
  const say = siteSay(locale);
  return (
    <main className="embed">
      <ChartFigure id={slug} scenes={chart.scenes} className="embed-figure" locale={locale} />
      <p className="embed-credit">
        <a href={withBase(chartPath(slug, locale))} target="_blank" rel="noopener">
          {say('embed-credit', { chart: definition.heading(locale).title, site: say('site-name') })}
        </a>
      </p>
    </main>
  );
}
