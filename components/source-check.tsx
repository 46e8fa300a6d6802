import type { ChartCheck } from '@/lib/text/load-text';

import { Inlines, type ReferenceNumbers } from './rich-text';

const CONFIDENCE = {
  checked: 'Checked: read in the cited work, at a recorded page',
  reported: 'Reported: read in the cited work; page not recorded',
  unchecked: 'Unchecked: seen only quoted elsewhere',
  computed: 'Computed: worked out here from the source’s own figures',
  mixed: 'Partly checked: see each figure',
} as const;

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
  return checks.map((item) => (
    <article key={item.title} className="check-card">
      <h3>{item.title}</h3>
      <dl>
        <dt>What the source says</dt>
        <dd>{item.source}</dd>
        <dt>What scholarship says</dt>
        <dd>
          <Inlines nodes={item.scholarship} references={references} chartPage={chartPage} />
        </dd>
        <dt>Why they differ</dt>
        <dd>
          <Inlines nodes={item.why} references={references} chartPage={chartPage} />
        </dd>
        <dt>Confidence</dt>
        <dd>
          <span className={`confidence confidence-${item.confidence}`}>
            {CONFIDENCE[item.confidence]}
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
  return (
    <section aria-labelledby="source-check-heading" className="source-check">
      <h2 id="source-check-heading">Source check</h2>
      <SourceChecks checks={checks} references={references} />
      <h3>Questions for discussion</h3>
      <ol className="questions">
        {questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </section>
  );
}
