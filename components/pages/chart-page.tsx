import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ChartViews } from '@/components/chart-views';
import { ExploreButton } from '@/components/explore-button';
import { Message } from '@/components/message';
import { PredictButton } from '@/components/predict-button';
import { PrintButton } from '@/components/print-button';
import { RichText } from '@/components/rich-text';
import { ServedMarkup } from '@/components/served-markup';
import { SourceCheckPanel } from '@/components/source-check';
import { SharePanel } from '@/components/share-panel';
import { SourcesPanel } from '@/components/sources-panel';
import { StatedTotals } from '@/components/stated-totals';
import { TermTips } from '@/components/term-tips';
import {
  chartMetadata,
  chartPageData,
  chartPageMetadata,
  type ChartRouteProps,
} from '@/lib/charts/chart-page';
import { chartBySlug, chartStaticParams } from '@/lib/charts/registry';
import { siteUrl } from '@/lib/site/pages';
import { siteClientWords } from '@/lib/text/chart-file';
import { LanguageSwitch } from '@/components/language-switch';
import { citedIn, referenceOrder } from '@/lib/text/references';
import { chartPath, handoutPath, localePath, teachPath, withBase } from '@/lib/site/paths';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { PREDICT_PANEL } from '@/lib/present/predict';

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata(({ slug, heading, locale }) =>
  chartPageMetadata(slug, heading, locale, siteUrl),
);

/** A chart's page: the chart first, then what it shows, its notes, checks, sources and files. */
export default async function ChartPage({ params }: ChartRouteProps) {
  const { slug, lang: locale = 'en' } = await params;
  const data = chartPageData(slug, locale);
  if (!data) notFound();
  const { definition, heading, pkg, chart, text, citations, say } = data;

  const scholarship = pkg.records.scholarship.filter((record) =>
    definition.datasets.includes(record.dataset),
  );
  const references = referenceOrder(
    text.blocks,
    chart.sourceNames,
    scholarship.map((record) => record.source),
    citedIn(Object.values(text.reading).flat()),
  );
  const sources = new Map(pkg.descriptor.sources.map((source) => [source.name, source]));
  const deckSlide = slidePath(
    loadDeck(locale).findIndex((slide) => slide.kind === 'chart' && slide.slug === slug) + 1,
    locale,
  );
  const documents = chart.sourceNames.flatMap((name) => {
    const source = sources.get(name);
    return source?.role === 'document' ? [source] : [];
  });

  return (
    <article className="chart-page">
      <LanguageSwitch path={chartPath(slug)} say={say} />
      <p className="breadcrumb">
        <Link href={localePath(locale, '/')}>{say('chart-page-home')}</Link> ›{' '}
        {say('chart-page-charts')}
      </p>
      <h1 id="chart-title">{heading.title}</h1>
      <ChartViews
        slug={slug}
        chart={chart}
        say={say}
        labelledBy="chart-title"
        tools={
          <nav aria-label={say('chart-page-tools')} className="tool-row">
            <a href="#explore-heading">{say('chart-page-explore')}</a>{' '}
            <a href="#share-heading">{say('chart-page-download')}</a>{' '}
            <a href="#share-heading">{say('chart-page-share')}</a>{' '}
            <Link href={deckSlide}>{say('chart-page-present')}</Link>{' '}
            <PrintButton label={say('chart-page-print')} />{' '}
            <Link href={handoutPath(slug, locale)}>{say('handout-name')}</Link>{' '}
            <Link href={teachPath(slug, locale)}>{say('teach-name')}</Link>
            {chart.predict && (
              <>
                {' '}
                <PredictButton
                  series={chart.predict}
                  words={siteClientWords('predict', locale)}
                  locale={locale}
                  slug={slug}
                />
              </>
            )}
          </nav>
        }
      />
      {chart.predict && <div id={PREDICT_PANEL} />}
      <p className="lede">{heading.summary}</p>
      <nav aria-label={say('chart-page-contents')} className="page-nav">
        <a href="#explanation">{say('chart-page-shows')}</a>{' '}
        <a href="#notes-heading">{say('chart-page-notes')}</a>{' '}
        <a href="#source-check-heading">{say('check-heading')}</a>{' '}
        <a href="#sources-heading">{say('chart-page-sources')}</a>
      </nav>
      <p className="finding">{chart.scenes.wide.description}</p>

      <ServedMarkup markupKey="explanation" className="explanation" id="explanation">
        <RichText blocks={text.blocks} references={references} say={say} />
      </ServedMarkup>

      {chart.statedTotals && <StatedTotals totals={chart.statedTotals} say={say} />}

      <ServedMarkup markupKey="notes-and-checks" className="page-sections">
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{say('chart-page-notes')}</h2>
          <ul className="figure-notes">
            {chart.notes.map((note) => (
              <li
                key={note.marks.join(' ')}
                id={`note-${note.marks[0]}`}
                data-explains={note.marks.join(' ')}
              >
                <strong>{note.heading}.</strong> {note.text}
                {note.chart && (
                  <>
                    {' '}
                    <Message
                      say={say}
                      message="chart-page-note-chart"
                      values={{
                        title: chartBySlug(note.chart)?.heading(locale).title ?? note.chart,
                        chart: (text) => <Link href={chartPath(note.chart!, locale)}>{text}</Link>,
                      }}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>

        <SourceCheckPanel
          checks={text.checks}
          questions={text.questions}
          references={references}
          say={say}
        />
      </ServedMarkup>

      <SourcesPanel
        slug={slug}
        excerpt={text.excerpt}
        excerptTranslation={text.excerptTranslation}
        text={text}
        documents={documents}
        references={[...references].flatMap(([name, number]) => {
          const source = sources.get(name);
          return source ? [{ number, source }] : [];
        })}
        scholarship={scholarship}
        citations={citations}
        licenseNote={pkg.descriptor.licenseNote}
        say={say}
      />

      <SharePanel
        slug={slug}
        title={heading.title}
        url={siteUrl ? `${siteUrl}${chartPath(slug, locale)}` : withBase(chartPath(slug, locale))}
        resources={pkg.descriptor.resources.filter(
          (r) =>
            definition.datasets.includes(r.name) ||
            (r.partOf !== undefined && definition.datasets.includes(r.partOf)),
        )}
        say={say}
      />

      <ExploreButton
        data={chart.explorer}
        title={heading.title}
        words={siteClientWords('explore', locale)}
      />
      <TermTips />
    </article>
  );
}
