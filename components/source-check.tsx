import type { Say } from '@/lib/text/messages';
import type { ChartCheck } from '@/lib/text/load-text';

import { Inlines, type ReferenceNumbers } from './rich-text';

/** The id of a source check's card, which the reading of the excerpt links to. */
export const checkId = (index: number) => `check-${index + 1}`;

/** Each place where the source and scholarship part, and why. */
export function SourceChecks({
  checks,
  references,
  chartPage,
  say,
}: {
  checks: readonly ChartCheck[];
  references: ReferenceNumbers;
  chartPage?: string;
  say: Say;
}) {
  return checks.map((item, i) => (
    <article key={item.title} id={checkId(i)} className="check-card">
      <h3>{item.title}</h3>
      <dl>
        <dt>{say('check-source')}</dt>
        <dd>
          {item.source}
          {item.sourceTranslation && (
            <span className="source-translation">
              {' '}
              {say('check-source-translation', { text: item.sourceTranslation })}
            </span>
          )}
        </dd>
        <dt>{say('check-scholarship')}</dt>
        <dd>
          <Inlines
            nodes={item.scholarship}
            references={references}
            chartPage={chartPage}
            say={say}
          />
        </dd>
        <dt>{say('check-why')}</dt>
        <dd>
          <Inlines nodes={item.why} references={references} chartPage={chartPage} say={say} />
        </dd>
        <dt>{say('check-confidence')}</dt>
        <dd>
          <span className={`confidence confidence-${item.confidence}`}>
            {say(`check-confidence-${item.confidence}`)}
          </span>
        </dd>
      </dl>
    </article>
  ));
}

/** Where the source and scholarship part, and why: the habit of questioning a figure. */
export function SourceCheckPanel({
  checks,
  questions,
  references,
  say,
}: {
  checks: readonly ChartCheck[];
  questions: readonly string[];
  references: ReferenceNumbers;
  say: Say;
}) {
  return (
    <section aria-labelledby="source-check-heading" className="source-check">
      <h2 id="source-check-heading">{say('check-heading')}</h2>
      <SourceChecks checks={checks} references={references} say={say} />
      <h3>{say('check-questions')}</h3>
      <ol className="questions">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </section>
  );
}
