import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ChartViews } from '@/components/chart-views';
import { ExploreButton } from '@/components/explore-button';
import { chartBySlug, charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';

export const dynamicParams = false;

export function generateStaticParams() {
  return charts.map((chart) => ({ slug: chart.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const chart = chartBySlug((await params).slug);
  return chart ? { title: chart.title, description: chart.summary } : {};
}

export default async function ChartPage({ params }: Props) {
  const { slug } = await params;
  const definition = chartBySlug(slug);
  if (!definition) notFound();
  const chart = definition.build(loadPackage());

  return (
    <article className="chart-page">
      <p className="breadcrumb">
        <Link href="/">Home</Link> › Charts
      </p>
      <h1>{definition.title}</h1>
      <p className="lede">{definition.summary}</p>
      <ChartViews slug={slug} chart={chart} />
      <p className="finding">{chart.scenes.wide.description}</p>

      {chart.notes.length > 0 && (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes on the figures</h2>
          <ul className="figure-notes">
            {chart.notes.map((note) => (
              <li
                key={note.marks.join(' ')}
                id={`note-${note.marks[0]}`}
                data-explains={note.marks.join(' ')}
              >
                <strong>{note.heading}.</strong> {note.text}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ExploreButton data={chart.explorer} title={definition.title} />
    </article>
  );
}
