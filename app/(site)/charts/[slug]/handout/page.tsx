import Link from 'next/link';
import { notFound } from 'next/navigation';

import { HandoutSheet } from '@/components/handout-sheet';
import { PrintButton } from '@/components/print-button';
import { chartMetadata, chartPageData, type ChartRouteProps } from '@/lib/charts/chart-page';
import { chartStaticParams } from '@/lib/charts/registry';
import { chartPath } from '@/lib/site/paths';

export const dynamicParams = false;

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata((chart) => ({
  title: `${chart.title} · Student handout`,
  description: `A one-sheet handout to print: ${chart.summary}`,
}));

/** The student handout as a page of the site, with a way back and a print button. */
export default async function HandoutPage({ params }: ChartRouteProps) {
  const { slug } = await params;
  const data = chartPageData(slug);
  if (!data) notFound();
  return (
    <article className="handout">
      <p className="breadcrumb">
        <span>
          <Link href={chartPath(slug)}>{data.definition.title}</Link> › Student handout
        </span>{' '}
        <PrintButton label="Print handout" />
      </p>
      <HandoutSheet data={data} />
    </article>
  );
}
