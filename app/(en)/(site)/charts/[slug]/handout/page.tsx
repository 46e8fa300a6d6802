import Link from 'next/link';
import { notFound } from 'next/navigation';

import { HandoutSheet } from '@/components/handout-sheet';
import { PrintButton } from '@/components/print-button';
import { chartMetadata, chartPageData, type ChartRouteProps } from '@/lib/charts/chart-page';
import { chartStaticParams } from '@/lib/charts/registry';
import { chartPath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';

export const dynamicParams = false;

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata((chart) => {
  const say = siteSay('en');
  return {
    title: say('handout-title', { chart: chart.title }),
    description: say('handout-description', { summary: chart.summary }),
  };
});

/** The student handout as a page of the site, with a way back and a print button. */
export default async function HandoutPage({ params }: ChartRouteProps) {
  const { slug } = await params;
  const data = chartPageData(slug);
  if (!data) notFound();
  const say = siteSay('en');
  return (
    <article className="handout">
      <p className="breadcrumb">
        <span>
          <Link href={chartPath(slug)}>{data.definition.title}</Link> › {say('handout-name')}
        </span>{' '}
        <PrintButton label={say('handout-print')} />
      </p>
      <HandoutSheet data={data} />
    </article>
  );
}
