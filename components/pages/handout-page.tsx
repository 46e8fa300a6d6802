import Link from 'next/link';
import { notFound } from 'next/navigation';

import { HandoutSheet } from '@/components/handout-sheet';
import { LanguageSwitch } from '@/components/language-switch';
import { PrintButton } from '@/components/print-button';
import { chartMetadata, chartPageData, type ChartRouteProps } from '@/lib/charts/chart-page';
import { chartStaticParams } from '@/lib/charts/registry';
import { pageMetadata } from '@/lib/site/alternates';
import { chartPath, handoutPath } from '@/lib/site/paths';

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata(({ slug, heading, locale, say }) =>
  pageMetadata(handoutPath(slug), locale, {
    title: say('handout-title', { chart: heading.title }),
    description: say('handout-description', { summary: heading.summary }),
  }),
);

/** The student handout as a page of the site, with a way back and a print button. */
export default async function HandoutPage({ params }: ChartRouteProps) {
  const { slug, lang: locale = 'en' } = await params;
  const data = chartPageData(slug, locale);
  if (!data) notFound();
  const { say } = data;
  return (
    <article className="handout">
      <LanguageSwitch path={handoutPath(slug)} say={say} />
      <p className="breadcrumb">
        <span>
          <Link href={chartPath(slug, locale)}>{data.heading.title}</Link> › {say('handout-name')}
        </span>{' '}
        <PrintButton label={say('handout-print')} />
      </p>
      <HandoutSheet data={data} />
    </article>
  );
}
