import type { SourceDescriptor } from '@/lib/data/package-schema';
import type { ScholarshipRecord } from '@/lib/data/records';
import type { Citations } from '@/lib/text/cite';
import { formatCount } from '@/lib/locale/format';
import { confidenceNote } from '@/lib/text/attribution';
import type { Say } from '@/lib/text/messages';

import { CopyButton } from './copy-button';
import { ReferenceList } from './reference-list';

interface Props {
  slug: string;
  excerpt: string;
  documents: SourceDescriptor[];
  references: { number: number; source: SourceDescriptor }[];
  scholarship: ScholarshipRecord[];
  citations: Citations;
  licenseNote: string;
  /** The site's words, for how each figure of scholarship was checked. */
  say: Say;
}

function scholarlyValue(record: ScholarshipRecord): string {
  const value =
    record.value.status === 'known'
      ? formatCount(record.value.value)
      : record.low.status === 'known' && record.high.status === 'known'
        ? `${formatCount(record.low.value)}–${formatCount(record.high.value)}`
        : 'no figure';
  return `${record.qualifier ? `${record.qualifier} ` : ''}${value} ${record.unit}`;
}

/**
 * What the excerpt below is: the lines of the teaching sources the chart's figures come from, or,
 * where none of the chart's sources is one of them, their lines on the chart's subject.
 */
function excerptIntro(documents: readonly SourceDescriptor[]): string {
  const one = documents.length === 1;
  const whose =
    documents.length === 0
      ? "These are the teaching sources' lines on the chart's subject"
      : `The figures of the chart come from ${documents.map((d) => d.citation).join(' and ')} These are ${one ? 'its' : 'their'} lines`;
  return `${whose} as transcribed for this project: the words and their spelling are the ${one ? "source's" : "sources'"}, spaces and line breaks were normalised, the gaps left by ${one ? 'its' : 'their'} conversion to text are kept, and a cut is marked […].`;
}

const STYLES = [
  ['apa', 'APA'],
  ['chicago', 'Chicago'],
  ['bibtex', 'BibTeX'],
] as const;

/** Where every number comes from: the source as printed, the figures beside it, the references. */
export function SourcesPanel({
  slug,
  excerpt,
  documents,
  references,
  scholarship,
  citations,
  licenseNote,
  say,
}: Props) {
  const numberOf = new Map(references.map((r) => [r.source.name, r.number]));
  return (
    <section aria-labelledby="sources-heading" className="sources-panel">
      <h2 id="sources-heading">Sources</h2>

      <h3 id="source-excerpt-heading">The source, as printed</h3>
      <p>{excerptIntro(documents)}</p>
      {/* Focusable, so that a keyboard can scroll it; a region named by the heading above, since
          a <pre> itself may not carry a name. */}
      <pre className="excerpt" tabIndex={0} role="region" aria-labelledby="source-excerpt-heading">
        {excerpt}
      </pre>

      {scholarship.length > 0 && (
        <>
          <h3>Figures from scholarship set beside it</h3>
          <ul className="scholarly-figures">
            {scholarship.map((record) => (
              <li key={record.id} id={`figure-${record.id}`}>
                {record.figure}, {record.period}: <strong>{scholarlyValue(record)}</strong> [
                <a href={`#source-${record.source}`}>{numberOf.get(record.source)}</a>] —{' '}
                {confidenceNote(say, record.confidence, record.page)}.
                {record.note && ` ${record.note}`}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>References</h3>
      <ReferenceList references={references} />

      <h3>Licence</h3>
      <p>
        Data and chart under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0</a>:
        you may share and adapt them, also in class materials, if you credit Repression in Numbers.{' '}
        {licenseNote}
      </p>

      <h3>Cite this chart</h3>
      <div className="citations">
        {STYLES.map(([style, label]) => (
          <div key={style} className="citation">
            <h4>{label}</h4>
            <pre id={`cite-${slug}-${style}`} data-citation={style}>
              {citations[style]}
            </pre>
            <CopyButton
              text={citations[style]}
              targetId={`cite-${slug}-${style}`}
              label={`the ${label} citation`}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
