import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { Message } from '@/components/message';
import { PrintButton } from '@/components/print-button';
import { ReferenceList } from '@/components/reference-list';
import { Inlines } from '@/components/rich-text';
import { SourceChecks } from '@/components/source-check';
import { SourceReading } from '@/components/source-reading';
import { chartMetadata, chartPageData, type ChartRouteProps } from '@/lib/charts/chart-page';
import { chartStaticParams } from '@/lib/charts/registry';
import { chartPath, handoutPath, teachPath } from '@/lib/site/paths';
import { pageMetadata } from '@/lib/site/alternates';
import { LanguageSwitch } from '@/components/language-switch';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { citedIn } from '@/lib/text/references';
import type { Say } from '@/lib/text/messages';

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata(({ slug, heading, locale, say }) =>
  pageMetadata(teachPath(slug), locale, {
    title: say('teach-title', { chart: heading.title }),
    description: say('teach-description', { summary: heading.summary }),
  }),
);

/**
 * The deck's slides of one chart, by kind, as the values of a lesson step's message: its `slides`
 * ("slide 5" or "slides 5–6") and its <link> to the first of them.
 */
function deckSlides(say: Say, slug: string) {
  const numbers = (kind: string) =>
    loadDeck(say.locale).flatMap((slide, i) =>
      'slug' in slide && slide.slug === slug && slide.kind === kind ? [i + 1] : [],
    );
  const span = (kind: string) => {
    const found = numbers(kind);
    const slides = say('teach-slides', {
      count: found.length,
      first: String(found[0]),
      last: String(found.at(-1)),
    });
    return {
      slides,
      link: (text: ReactNode) => <Link href={slidePath(found[0]!, say.locale)}>{text}</Link>,
    };
  };
  return {
    chart: span('chart'),
    check: span('check'),
    discuss: span('discuss'),
    // A chart with a yearly series has a slide before it where the class predicts the series.
    predict: numbers('predict').length > 0 ? span('predict') : null,
  };
}

/**
 * The teacher's page of a chart: what to take away, where the source and scholarship part, what a
 * strong answer to each question would mention (every point tied to the data or a cited work) and
 * one way to use the chart in a 45-minute lesson. Linked from the chart's page and the presenter's
 * window, never from the deck the class sees.
 */
export default async function TeacherPage({ params }: ChartRouteProps) {
  const { slug, lang: locale = 'en' } = await params;
  const data = chartPageData(slug, locale);
  if (!data) notFound();
  const { heading, pkg, text, say } = data;
  const slides = deckSlides(say, slug);

  const cited = [
    ...text.checks.flatMap((check) => [...check.scholarship, ...check.why]),
    ...text.strongAnswers.flat(2),
    ...Object.values(text.reading).flat(),
  ];
  const names = [...new Set(citedIn(cited))];
  const references = new Map(names.map((name, i) => [name, i + 1]));
  const sources = new Map(pkg.descriptor.sources.map((source) => [source.name, source]));
  const chartPage = chartPath(slug, locale);

  return (
    <article className="teach">
      <LanguageSwitch path={teachPath(slug)} say={say} />
      <p className="breadcrumb">
        <span>
          <Link href={chartPage}>{heading.title}</Link> › {say('teach-name')}
        </span>{' '}
        <PrintButton label={say('chart-page-print')} />
      </p>
      <h1>{say('teach-heading', { chart: heading.title })}</h1>
      <p className="lede" role="note">
        {say('teach-lede')}
      </p>

      <section aria-labelledby="teach-takeaway">
        <h2 id="teach-takeaway">{say('teach-takeaway')}</h2>
        <p>{text.takeaway}</p>
      </section>

      <section aria-labelledby="teach-answers">
        <h2 id="teach-answers">{say('teach-answers')}</h2>
        <ol className="teach-questions">
          {text.questions.map((question, i) => (
            <li key={question}>
              <p className="teach-question">{question}</p>
              <ul>
                {text.strongAnswers[i]!.map((point, j) => (
                  <li key={j}>
                    <Inlines
                      nodes={point}
                      references={references}
                      chartPage={chartPage}
                      say={say}
                    />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="teach-lesson">
        <h2 id="teach-lesson">{say('teach-lesson')}</h2>
        <p>
          <Message
            say={say}
            message="teach-lesson-text"
            values={{
              deck: (text) => <Link href={slidePath(1, locale)}>{text}</Link>,
              handout: (text) => <Link href={handoutPath(slug, locale)}>{text}</Link>,
            }}
          />
        </p>
        <ol className="teach-lesson">
          <li>
            {slides.predict ? (
              <>
                <strong>{say('teach-step-predict')}</strong>{' '}
                <Message
                  say={say}
                  message="teach-step-predict-text"
                  values={{
                    ...slides.chart,
                    predictSlides: slides.predict.slides,
                    predict: slides.predict.link,
                  }}
                />
              </>
            ) : (
              <>
                <strong>{say('teach-step-look')}</strong>{' '}
                <Message say={say} message="teach-step-look-text" values={slides.chart} />
              </>
            )}
          </li>
          <li>
            <strong>{say('teach-step-read')}</strong>{' '}
            {say('teach-step-read-text', { section: say('handout-sheet-shows') })}
          </li>
          <li>
            <strong>{say('teach-step-check')}</strong>{' '}
            <Message
              say={say}
              message="teach-step-check-text"
              values={{
                ...slides.check,
                checks: new Intl.ListFormat(say.locale, { type: 'unit', style: 'short' }).format(
                  text.checks.map((check) => say('teach-check-title', { title: check.title })),
                ),
              }}
            />
          </li>
          <li>
            <strong>{say('teach-step-discuss')}</strong>{' '}
            <Message say={say} message="teach-step-discuss-text" values={slides.discuss} />
          </li>
          <li>
            <strong>{say('teach-step-close')}</strong> {say('teach-step-close-text')}
          </li>
        </ol>
      </section>

      <section aria-labelledby="source-check-heading" className="source-check">
        <h2 id="source-check-heading">{say('teach-checks')}</h2>
        <SourceChecks
          checks={text.checks}
          references={references}
          chartPage={chartPage}
          say={say}
        />
      </section>

      <SourceReading
        text={text}
        references={references}
        chartPage={chartPage}
        headingLevel={2}
        say={say}
      >
        <pre
          className="excerpt"
          tabIndex={0}
          role="region"
          aria-label={say(
            text.excerptTranslation ? 'sources-excerpt-translation' : 'sources-excerpt-heading',
          )}
        >
          {text.excerptTranslation ?? text.excerpt}
        </pre>
      </SourceReading>

      <section aria-labelledby="teach-references">
        <h2 id="teach-references">{say('teach-references')}</h2>
        <ReferenceList
          references={names.flatMap((name) => {
            const source = sources.get(name);
            return source ? [{ number: references.get(name)!, source }] : [];
          })}
        />
        <p>
          <Message
            say={say}
            message="teach-full"
            values={{ chart: (text) => <Link href={chartPage}>{text}</Link> }}
          />
        </p>
      </section>
    </article>
  );
}
