import type { ReactNode } from 'react';

import { READING_PROMPTS } from '@/lib/text/content';
import type { ChartText } from '@/lib/text/load-text';
import type { Say } from '@/lib/text/messages';

import { Inlines, type ReferenceNumbers } from './rich-text';
import { checkId } from './source-check';

/**
 * The excerpt read as a historian reads a source: who wrote it and when, what was happening, what
 * other evidence says, which words to read closely; each question asked of this excerpt, and the
 * corroboration led to the source check's cards, where the source and scholarship part (the chart's
 * page and the teacher's page each show them).
 */
export function SourceReading({
  text,
  references,
  chartPage = '',
  headingLevel,
  say,
  children,
}: {
  text: Pick<ChartText, 'reading' | 'checks'>;
  references: ReferenceNumbers;
  /** On a page other than the chart's, the chart's address, where its checks and figures are. */
  chartPage?: string;
  headingLevel: 2 | 3;
  say: Say;
  /** The excerpt itself, where the page does not show it above. */
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="source-reading-heading" className="source-reading">
      <Heading id="source-reading-heading">{say('reading-heading')}</Heading>
      {children}
      <p>{say('reading-lede')}</p>
      <dl>
        {READING_PROMPTS.map((key) => (
          <div key={key}>
            <dt>{say(`reading-${key}`)}</dt>
            <dd>
              <Inlines
                nodes={text.reading[key]}
                references={references}
                chartPage={chartPage}
                say={say}
              />
              {key === 'corroboration' && (
                <span className="reading-checks">
                  {' '}
                  {say('reading-checks')}{' '}
                  {text.checks.map((check, i) => (
                    <span key={check.title}>
                      {i > 0 && say('reading-checks-separator')}
                      <a href={`#${checkId(i)}`}>{check.title}</a>
                    </span>
                  ))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
