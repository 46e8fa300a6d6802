import type { SourceCheck } from '@/lib/text/content';

const CONFIDENCE = {
  checked: 'Checked: read in the cited work',
  unchecked: 'Unchecked: seen only quoted elsewhere',
  mixed: 'Partly checked: see each figure',
} as const;

/** Where the source and scholarship part, and why: the habit of questioning a figure. */
export function SourceCheckPanel({ check }: { check: SourceCheck }) {
  return (
    <section aria-labelledby="source-check-heading" className="source-check">
      <h2 id="source-check-heading">Source check</h2>
      {check.checks.map((item) => (
        <article key={item.title} className="check-card">
          <h3>{item.title}</h3>
          <dl>
            <dt>What the source says</dt>
            <dd>{item.source}</dd>
            <dt>What scholarship says</dt>
            <dd>{item.scholarship}</dd>
            <dt>Why they differ</dt>
            <dd>{item.why}</dd>
            <dt>Confidence</dt>
            <dd>
              <span className={`confidence confidence-${item.confidence}`}>
                {CONFIDENCE[item.confidence]}
              </span>
            </dd>
          </dl>
        </article>
      ))}
      <h3>Questions for discussion</h3>
      <ol className="questions">
        {check.questions.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ol>
    </section>
  );
}
