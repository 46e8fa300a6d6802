import Link from 'next/link';
import { notFound } from 'next/navigation';

import { PrintButton } from '@/components/print-button';
import { ReferenceList } from '@/components/reference-list';
import { Inlines } from '@/components/rich-text';
import { SourceChecks } from '@/components/source-check';
import { chartMetadata, chartPageData, type ChartRouteProps } from '@/lib/charts/chart-page';
import { chartStaticParams } from '@/lib/charts/registry';
import { chartPath, handoutPath } from '@/lib/site/paths';
import { slidePath } from '@/lib/present/deck';
import { loadDeck } from '@/lib/present/load-deck';
import { walkInline } from '@/lib/text/inline';

export const dynamicParams = false;

export const generateStaticParams = chartStaticParams;

export const generateMetadata = chartMetadata((chart) => ({
  title: `${chart.title} · Teacher’s page`,
  description: `For the teacher: strong answers to the questions, the source checks and a lesson plan. ${chart.summary}`,
}));

/** The deck's slides of one chart, by kind, as "5" or "5–6" with a link to the first. */
function deckSlides(slug: string) {
  const numbers = (kind: string) =>
    loadDeck().flatMap((slide, i) =>
      'slug' in slide && slide.slug === slug && slide.kind === kind ? [i + 1] : [],
    );
  const span = (kind: string) => {
    const found = numbers(kind);
    const text = found.length > 1 ? `${found[0]}–${found.at(-1)}` : String(found[0]);
    return { first: found[0]!, text: found.length > 1 ? `slides ${text}` : `slide ${text}` };
  };
  return { chart: span('chart'), check: span('check'), discuss: span('discuss') };
}

/**
 * The teacher's page of a chart: what to take away, where the source and scholarship part, what a
 * strong answer to each question would mention (every point tied to the data or a cited work) and
 * one way to use the chart in a 45-minute lesson. Linked from the chart's page and the presenter's
 * window, never from the deck the class sees.
 */
export default async function TeacherPage({ params }: ChartRouteProps) {
  const { slug } = await params;
  const data = chartPageData(slug);
  if (!data) notFound();
  const { definition, pkg, text } = data;
  const slides = deckSlides(slug);

  const cited = [
    ...text.checks.flatMap((check) => [...check.scholarship, ...check.why]),
    ...text.strongAnswers.flat(2),
  ];
  const names = [
    ...new Set(walkInline(cited).flatMap((node) => (node.type === 'cite' ? node.ids : []))),
  ];
  const references = new Map(names.map((name, i) => [name, i + 1]));
  const sources = new Map(pkg.descriptor.sources.map((source) => [source.name, source]));
  const chartPage = chartPath(slug);

  return (
    <article className="teach">
      <p className="breadcrumb">
        <span>
          <Link href={chartPage}>{definition.title}</Link> › Teacher&apos;s page
        </span>{' '}
        <PrintButton label="Print this page" />
      </p>
      <h1>{definition.title}: teacher&apos;s page</h1>
      <p className="lede" role="note">
        For the teacher&apos;s eyes: what a strong answer to each question would mention. The deck
        and the student handout do not link here.
      </p>

      <section aria-labelledby="teach-takeaway">
        <h2 id="teach-takeaway">The takeaway</h2>
        <p>{text.takeaway}</p>
      </section>

      <section aria-labelledby="teach-answers">
        <h2 id="teach-answers">The questions, and what a strong answer mentions</h2>
        <ol className="teach-questions">
          {text.questions.map((question, i) => (
            <li key={question}>
              <p className="teach-question">{question}</p>
              <ul>
                {text.strongAnswers[i]!.map((point, j) => (
                  <li key={j}>
                    <Inlines nodes={point} references={references} chartPage={chartPage} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="teach-lesson">
        <h2 id="teach-lesson">A 45-minute lesson</h2>
        <p>
          One way to use the chart, with the <Link href={slidePath(1)}>classroom deck</Link> on the
          projector and the <Link href={handoutPath(slug)}>student handout</Link> printed, one sheet
          per student.
        </p>
        <ol className="teach-lesson">
          <li>
            <strong>5 minutes: look.</strong> Show the chart (deck{' '}
            <Link href={slidePath(slides.chart.first)}>{slides.chart.text}</Link>) without comment.
            Students note one thing they see and one thing they would ask.
          </li>
          <li>
            <strong>10 minutes: read.</strong> With the handout, students read “What the chart
            shows” and find its figures in the table; ask what unit each figure counts.
          </li>
          <li>
            <strong>10 minutes: check the source.</strong> Show{' '}
            <Link href={slidePath(slides.check.first)}>{slides.check.text}</Link>. Pairs take one
            check each ({text.checks.map((check) => `“${check.title}”`).join(', ')}) and say what
            the source prints, what scholarship says, and how sure each is; the checks are below.
          </li>
          <li>
            <strong>15 minutes: discuss.</strong> Show{' '}
            <Link href={slidePath(slides.discuss.first)}>{slides.discuss.text}</Link>. Groups answer
            one question each in writing on the handout, then report; the notes above say what a
            strong answer mentions.
          </li>
          <li>
            <strong>5 minutes: close.</strong> Each student writes the chart&apos;s takeaway in one
            sentence; read the takeaway above aloud and compare.
          </li>
        </ol>
      </section>

      <section aria-labelledby="source-check-heading" className="source-check">
        <h2 id="source-check-heading">The source checks</h2>
        <SourceChecks checks={text.checks} references={references} chartPage={chartPage} />
      </section>

      <section aria-labelledby="teach-references">
        <h2 id="teach-references">References</h2>
        <ReferenceList
          references={names.flatMap((name) => {
            const source = sources.get(name);
            return source ? [{ number: references.get(name)!, source }] : [];
          })}
        />
        <p>
          Every figure and its source in full: <Link href={chartPage}>the chart&apos;s page</Link>.
        </p>
      </section>
    </article>
  );
}
