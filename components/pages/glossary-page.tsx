import type { Metadata } from 'next';
import Link from 'next/link';

import { LanguageSwitch } from '@/components/language-switch';
import { ReferenceList } from '@/components/reference-list';
import { RichText } from '@/components/rich-text';
import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { routeLocale, type LocaleParams } from '@/lib/locale/route';
import { pageMetadata } from '@/lib/site/alternates';
import { chartPath } from '@/lib/site/paths';
import { siteSay } from '@/lib/text/chart-file';
import { documentInlines } from '@/lib/text/document';
import { loadGlossary } from '@/lib/text/glossary';
import { loadChartText } from '@/lib/text/load-text';
import { localizedPackage } from '@/lib/text/localized-package';
import { referenceOrder } from '@/lib/text/references';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  return pageMetadata('/glossary', locale, {
    title: say('glossary-title'),
    description: say('glossary-description', { site: say('site-name') }),
  });
}

/**
 * Every term the charts' texts link to, defined with the works it rests on, and for each the
 * charts whose texts use it: a student who follows a term's link finds where else it matters.
 */
export default async function GlossaryPage({ params }: Props) {
  const locale = await routeLocale(params);
  const say = siteSay(locale);
  const { entries } = loadGlossary(locale);
  const { descriptor } = localizedPackage(loadPackage(), locale);
  const usedIn = charts.map((chart) => ({
    chart,
    terms: new Set(
      documentInlines(loadChartText(chart.slug, locale).blocks).flatMap((node) =>
        node.type === 'term' ? [node.id] : [],
      ),
    ),
  }));
  const references = referenceOrder(entries.flatMap((entry) => entry.blocks));
  return (
    <article className="glossary">
      <LanguageSwitch path="/glossary" say={say} />
      <h1>{say('glossary-heading')}</h1>
      <p className="lede">{say('glossary-lede')}</p>
      <nav aria-label={say('glossary-terms')} className="glossary-index">
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      {entries.map((entry) => {
        const texts = usedIn.filter(({ terms }) => terms.has(entry.id));
        return (
          <section key={entry.id} aria-labelledby={entry.id} className="glossary-entry">
            <h2 id={entry.id} tabIndex={-1}>
              {entry.term}
            </h2>
            <RichText blocks={entry.blocks} references={references} say={say} />
            {texts.length > 0 && (
              <p className="glossary-used">
                {say('glossary-used-in')}{' '}
                {texts.map(({ chart }, i) => (
                  <span key={chart.slug}>
                    {i > 0 && say('glossary-used-separator')}
                    <Link href={chartPath(chart.slug, locale)}>{chart.heading(locale).title}</Link>
                  </span>
                ))}
              </p>
            )}
          </section>
        );
      })}
      <h2 id="sources">{say('glossary-sources')}</h2>
      <ReferenceList
        references={[...references].map(([name, number]) => ({
          number,
          source: descriptor.sources.find((source) => source.name === name)!,
        }))}
      />
    </article>
  );
}
