import type { SourceDescriptor } from '@/lib/data/package-schema';
import type { ScholarshipRecord } from '@/lib/data/records';
import type { Citations } from '@/lib/text/cite';
import type { ChartText } from '@/lib/text/load-text';
import { formatCount } from '@/lib/locale/format';
import { confidenceNote } from '@/lib/text/attribution';
import { siteClientWords } from '@/lib/text/chart-file';
import type { Say } from '@/lib/text/messages';

import { CopyButton } from './copy-button';
import { Message } from './message';
import { ReferenceList } from './reference-list';
import type { ReferenceNumbers } from './rich-text';
import { SourceReading } from './source-reading';

interface Props {
  slug: string;
  excerpt: string;
  /** The project's translation of the excerpt, on a page in another language than the source's. */
  excerptTranslation: string | null;
  /** The excerpt's reading as a historian's, and the checks it leads to. */
  text: Pick<ChartText, 'reading' | 'checks'>;
  documents: SourceDescriptor[];
  references: { number: number; source: SourceDescriptor }[];
  scholarship: ScholarshipRecord[];
  citations: Citations;
  licenseNote: string;
  /** The site's words, for how each figure of scholarship was checked. */
  say: Say;
}

function scholarlyValue(say: Say, record: ScholarshipRecord): string {
  const value =
    record.value.status === 'known'
      ? formatCount(say, record.value.value)
      : record.low.status === 'known' && record.high.status === 'known'
        ? `${formatCount(say, record.low.value)}–${formatCount(say, record.high.value)}`
        : say('sources-no-figure');
  return `${record.qualifier ? `${record.qualifier} ` : ''}${value} ${record.unit}`;
}

/**
 * What the excerpt below is: the lines of the teaching sources the chart's figures come from, or,
 * where none of the chart's sources is one of them, their lines on the chart's subject.
 */
function excerptIntro(say: Say, documents: readonly SourceDescriptor[]): string {
  return say('sources-excerpt-intro', {
    count: documents.length,
    citations: new Intl.ListFormat(say.locale).format(documents.map((d) => d.citation)),
  });
}

const STYLES = ['apa', 'chicago', 'bibtex'] as const;

/** Where every number comes from: the source as printed, the figures beside it, the references. */
export function SourcesPanel({
  slug,
  excerpt,
  excerptTranslation,
  text,
  documents,
  references,
  scholarship,
  citations,
  licenseNote,
  say,
}: Props) {
  const numberOf: ReferenceNumbers = new Map(references.map((r) => [r.source.name, r.number]));
  const copyWords = siteClientWords('copy', say.locale);
  return (
    <section aria-labelledby="sources-heading" className="sources-panel">
      <h2 id="sources-heading">{say('sources-heading')}</h2>

      <h3 id="source-excerpt-heading">{say('sources-excerpt-heading')}</h3>
      <p>{excerptIntro(say, documents)}</p>
      {/* Focusable, so that a keyboard can scroll it; a region named by the heading above, since
          a <pre> itself may not carry a name. */}
      <pre className="excerpt" tabIndex={0} role="region" aria-labelledby="source-excerpt-heading">
        {excerpt}
      </pre>
      {excerptTranslation && (
        <>
          <h4 id="source-excerpt-translation">{say('sources-excerpt-translation')}</h4>
          <pre
            className="excerpt"
            tabIndex={0}
            role="region"
            aria-labelledby="source-excerpt-translation"
          >
            {excerptTranslation}
          </pre>
        </>
      )}

      <SourceReading text={text} references={numberOf} headingLevel={3} say={say} />

      {scholarship.length > 0 && (
        <>
          <h3>{say('sources-scholarship-heading')}</h3>
          <ul className="scholarly-figures">
            {scholarship.map((record) => (
              <li key={record.id} id={`figure-${record.id}`}>
                {record.figure}, {record.period}: <strong>{scholarlyValue(say, record)}</strong> [
                <a href={`#source-${record.source}`}>{numberOf.get(record.source)}</a>] —{' '}
                {confidenceNote(say, record.confidence, record.page)}.
                {record.note && ` ${record.note}`}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>{say('sources-references')}</h3>
      <ReferenceList references={references} />

      <h3>{say('sources-licence')}</h3>
      <p>
        <Message
          say={say}
          message="sources-licence-text"
          values={{
            licence: (text) => <a href="https://creativecommons.org/licenses/by/4.0/">{text}</a>,
            site: say('site-name'),
          }}
        />{' '}
        {licenseNote}
      </p>

      <h3>{say('sources-cite')}</h3>
      <div className="citations">
        {STYLES.map((style) => (
          <div key={style} className="citation">
            <h4>{say(`sources-cite-${style}`)}</h4>
            <pre id={`cite-${slug}-${style}`} data-citation={style}>
              {citations[style]}
            </pre>
            <CopyButton
              text={citations[style]}
              targetId={`cite-${slug}-${style}`}
              label={say('sources-copy-citation', { style: say(`sources-cite-${style}`) })}
              words={copyWords}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
