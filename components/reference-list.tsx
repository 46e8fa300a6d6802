import type { SourceDescriptor } from '@/lib/data/package-schema';

/** The numbered works a page cites; each an anchor its citations link to (`#source-<name>`). */
export function ReferenceList({
  references,
}: {
  references: readonly { number: number; source: SourceDescriptor }[];
}) {
  return (
    <ol className="references">
      {references.map(({ number, source }) => (
        <li key={source.name} id={`source-${source.name}`} value={number}>
          {source.citation}
          {source.path?.startsWith('https://') && (
            <>
              {' '}
              <a href={source.path}>{source.path}</a>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
