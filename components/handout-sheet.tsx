import type { ChartPageData } from '@/lib/charts/chart-page';
import { chartPath, localePath } from '@/lib/site/paths';
import { documentInlines, type Block } from '@/lib/text/document';
import { loadGlossary } from '@/lib/text/glossary';
import { readableText } from '@/lib/text/inline';

import { ChartLayouts } from './chart-figure';
import { DataTable } from './data-table';
import { QrCode } from './qr-code';

/** The text's first section, "What the chart shows": the handout's whole explanation. */
function firstSection(blocks: readonly Block[]): Block[] {
  const next = blocks.findIndex((block, i) => i > 0 && block.type === 'heading');
  return blocks.slice(blocks[0]?.type === 'heading' ? 1 : 0, next === -1 ? undefined : next);
}

/** Lines to write an answer on, in print only. */
const ANSWER_LINES = 3;

/**
 * One sheet for each student (two sides of A4 or US Letter): the chart, what it shows, its figures,
 * the questions with room to answer, a citation, and a QR code that opens the live page on a phone.
 * Made of static markup only, so that it is both a page of the site and a file in the chart's
 * classroom pack.
 */
export function HandoutSheet({
  data,
  idPrefix = 'handout',
  level = 1,
}: {
  data: ChartPageData;
  /** What the sheet's ids start with: each sheet's own where a page holds several. */
  idPrefix?: string;
  /** Its title's heading level: 2 on a page of several sheets, under the page's own title. */
  level?: 1 | 2;
}) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Section = level === 1 ? 'h2' : 'h3';
  // Among several sheets a section is named with its sheet's title, so each region's name is its own.
  const named = (part: string) =>
    level === 1 ? `${idPrefix}-${part}` : `${idPrefix}-title ${idPrefix}-${part}`;
  const { definition, heading, chart, text, siteUrl, say } = data;
  const path = chartPath(definition.slug, say.locale);
  const citation = data.citations.apa;
  const shows = firstSection(text.blocks);
  // The glossary's words for the terms the sheet's text uses, in the order it uses them.
  const glossary = loadGlossary(say.locale).entries;
  const terms = documentInlines(shows).flatMap((node) =>
    node.type === 'term' ? glossary.filter((entry) => entry.id === node.id) : [],
  );
  const glossaryPath = localePath(say.locale, '/glossary');
  return (
    <>
      <Title id={`${idPrefix}-title`}>{heading.title}</Title>
      {/* A tall chart gets more of the first side, so that its labels stay legible on paper. */}
      <div data-shape={chart.scenes.wide.height > chart.scenes.wide.width ? 'tall' : 'wide'}>
        <ChartLayouts id={idPrefix} scenes={chart.scenes} />
      </div>

      <section aria-labelledby={named('shows')}>
        <Section id={`${idPrefix}-shows`}>{say('handout-sheet-shows')}</Section>
        {shows.map((block, i) =>
          block.type === 'paragraph' ? (
            <p key={i}>{readableText(block.content)}</p>
          ) : block.type === 'list' ? (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{readableText(item)}</li>
              ))}
            </ul>
          ) : null,
        )}
        {terms.length > 0 && (
          <p className="handout-terms">
            <strong>
              {say('handout-sheet-terms', { url: `${siteUrl ?? ''}${glossaryPath}` })}
            </strong>{' '}
            {terms.map((entry) => entry.term).join(say('handout-sheet-terms-separator'))}
          </p>
        )}
      </section>

      <section aria-labelledby={named('figures')} className="handout-figures">
        <Section id={`${idPrefix}-figures`}>{say('handout-sheet-figures')}</Section>
        <DataTable table={chart.table} />
      </section>

      <section aria-labelledby={named('questions')}>
        <Section id={`${idPrefix}-questions`}>{say('handout-sheet-questions')}</Section>
        <ol className="handout-questions">
          {text.questions.map((question) => (
            <li key={question}>
              {question}
              <span className="answer-lines" aria-hidden="true">
                {Array.from({ length: ANSWER_LINES }, (_, i) => (
                  <span key={i} />
                ))}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <footer className="handout-footer">
        <p>
          <strong>{say('handout-sheet-cite')}</strong> {citation}
        </p>
        {siteUrl ? (
          <figure className="handout-qr">
            <QrCode text={`${siteUrl}${path}`} say={say} />
            <figcaption>{say('handout-sheet-qr', { url: `${siteUrl}${path}` })}</figcaption>
          </figure>
        ) : (
          <p className="handout-no-qr" role="note">
            {say('handout-sheet-no-qr')}
          </p>
        )}
      </footer>
    </>
  );
}
