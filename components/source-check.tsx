import { siteSay } from '@/lib/text/chart-file';
import type { ChartCheck } from '@/lib/text/load-text';

import { Inlines, type ReferenceNumbers } from './rich-text';

/** Each place where the source and scholarship part, and why. */
export function SourceChecks({
  checks,
  references,
  chartPage,
}: {
  checks: readonly ChartCheck[];
  references: ReferenceNumbers;
  chartPage?: string;
}) {
  const say = siteSay('en');
  return checks.map((item) => (
    <article key={item.title} className="check-card">
      <h3>{item.title}</h3>
      <dl>
        <dt>{say('check-source')}</dt>
        <dd>{item.source}</dd>
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
}: {
  checks: readonly ChartCheck[];
  questions: readonly string[];
  references: ReferenceNumbers;
}) {
  const say = siteSay('en');
  return (
    <section aria-labelledby="source-check-heading" className="source-check">
      <h2 id="source-check-heading">{say('check-heading')}</h2>
      <SourceChecks checks={checks} references={references} />
      <h3>{say('check-questions')}</h3>
      <ol className="questions">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </section>
  );
}
