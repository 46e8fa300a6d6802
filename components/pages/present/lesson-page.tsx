import type { Metadata } from 'next';
import Link from 'next/link';

import { LanguageSwitch } from '@/components/language-switch';
import { LessonBuilder } from '@/components/lesson-builder';
import { charts } from '@/lib/charts/registry';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { slidePath } from '@/lib/present/deck';
import { deckIndex, LESSON_PARAM } from '@/lib/present/lesson';
import { loadDeck } from '@/lib/present/load-deck';
import { pageMetadata } from '@/lib/site/alternates';
import { localePath, withBase } from '@/lib/site/paths';
import { siteClientWords, siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

/** The lesson the page offers as an example: two charts, each with its questions. */
const EXAMPLE = 'sentences.c.q,gulag.c.q';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/present/lesson', locale, {
    title: say('lesson-page-title'),
    description: say('lesson-page-description'),
  });
}

/**
 * A teacher's own lesson: the builder, and the lesson an address names. One static page for every
 * lesson, which reads the lesson from its address in the browser; without scripts it says so and
 * offers the whole deck and every handout, which need none.
 */
export default async function LessonPage({ params }: Props) {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  const deck = loadDeck(locale);
  const lessonPath = localePath(locale, '/present/lesson');
  return (
    <article className="lesson">
      <LanguageSwitch path="/present/lesson" say={say} />
      <h1>{say('lesson-heading')}</h1>
      <p className="lede">{say('lesson-lede')}</p>
      <p>
        {say('lesson-example')}{' '}
        <a href={withBase(`${lessonPath}?${LESSON_PARAM}=${EXAMPLE}`)}>
          {say('lesson-example-link')}
        </a>
      </p>
      <noscript>
        <p className="lesson-needs-scripts">
          {say('lesson-needs-scripts')}{' '}
          <Link href={slidePath(1, locale)}>{say('lesson-whole-deck')}</Link> ·{' '}
          <Link href={localePath(locale, '/present/handouts')}>{say('lesson-all-handouts')}</Link>
        </p>
      </noscript>
      <LessonBuilder
        charts={charts.map((chart) => ({ slug: chart.slug, title: chart.heading(locale).title }))}
        deck={deckIndex(deck)}
        titles={deck.map((slide) => slide.title)}
        words={siteClientWords('lesson', locale)}
        copyWords={siteClientWords('copy', locale)}
        locale={locale}
      />
    </article>
  );
}
