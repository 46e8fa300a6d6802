import type { Metadata } from 'next';

import { HandoutSheet } from '@/components/handout-sheet';
import { InLessonOrder } from '@/components/in-lesson-order';
import { LanguageSwitch } from '@/components/language-switch';
import { PrintButton } from '@/components/print-button';
import { chartPageData } from '@/lib/charts/chart-page';
import { charts } from '@/lib/charts/registry';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { deckIndex } from '@/lib/present/lesson';
import { loadDeck } from '@/lib/present/load-deck';
import { pageMetadata } from '@/lib/site/alternates';
import { siteSay } from '@/lib/text/chart-file';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/present/handouts', locale, {
    title: say('handouts-page-title'),
    description: say('handouts-page-description'),
  });
}

/**
 * Every chart's student handout on one page, to print at once, each from a new page; with a
 * lesson's address (`?c=…`), the handouts of the lesson's charts, in its order.
 */
export default async function HandoutsPage({ params }: Props) {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return (
    <div className="handout-set">
      <LanguageSwitch path="/present/handouts" say={say} />
      <h1>{say('handouts-heading')}</h1>
      <p className="breadcrumb">
        <span>{say('handouts-lede')}</span> <PrintButton label={say('handouts-print')} />
      </p>
      <InLessonOrder
        deck={deckIndex(loadDeck(locale))}
        by="chart"
        items={charts.map(({ slug }) => ({
          key: slug,
          node: (
            <article className="handout" data-chart={slug}>
              <HandoutSheet
                data={chartPageData(slug, locale)!}
                idPrefix={`handout-${slug}`}
                level={2}
              />
            </article>
          ),
        }))}
      />
    </div>
  );
}
