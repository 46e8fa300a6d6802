import type { Block } from '@/lib/text/document';
import type { Inline } from '@/lib/text/inline';
import { localePath, withBase } from '@/lib/site/paths';
import type { Say } from '@/lib/text/messages';

/** The number of each cited source, in order of first citation on the page. */
export type ReferenceNumbers = ReadonlyMap<string, number>;

/**
 * Inline text with its links: a number drawn in the chart leads to the chart, a scholarly figure
 * to its row, a citation to its reference. On a page other than the chart's, `chartPage` is the
 * chart's address, where the chart and its figures are; `say` gives the words a screen reader
 * hears on a link.
 */
export function Inlines({
  nodes,
  references,
  chartPage = '',
  say,
}: {
  nodes: readonly Inline[];
  references: ReferenceNumbers;
  chartPage?: string;
  say: Say;
}) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'em':
        return (
          <em key={index}>
            <Inlines
              nodes={node.children}
              references={references}
              chartPage={chartPage}
              say={say}
            />
          </em>
        );
      case 'strong':
        return (
          <strong key={index}>
            <Inlines
              nodes={node.children}
              references={references}
              chartPage={chartPage}
              say={say}
            />
          </strong>
        );
      case 'mark':
        return (
          <a
            key={index}
            href={`${chartPage && withBase(chartPage)}#chart`}
            className="mark-link"
            data-mark-link={node.id}
          >
            {node.text}
            <span className="visually-hidden"> {say('rich-mark')}</span>
          </a>
        );
      case 'figure':
        return (
          <a
            key={index}
            href={`${chartPage && withBase(chartPage)}#figure-${node.id}`}
            className="figure-link"
          >
            {node.text}
            <span className="visually-hidden"> {say('rich-figure')}</span>
          </a>
        );
      case 'attribution':
        return (
          <span key={index} className="attribution">
            {' '}
            ({node.text})
          </span>
        );
      case 'link':
        return (
          // A link to another page of the site leads to it in this page's language.
          <a
            key={index}
            href={
              node.href.startsWith('/') ? withBase(localePath(say.locale, node.href)) : node.href
            }
          >
            {node.text}
          </a>
        );
      case 'term':
        // The glossary's definition beside the term, on hover and focus (app/globals.css), and
        // its description for a screen reader; the link leads to the whole entry.
        return (
          <span key={index} className="term">
            <a
              href={`${withBase(localePath(say.locale, '/glossary'))}#${node.id}`}
              className="term-link"
              data-term={node.id}
              aria-describedby={`term-tip-${node.id}`}
            >
              {node.text}
            </a>
            <span className="term-tip" role="tooltip" id={`term-tip-${node.id}`}>
              {node.definition}
            </span>
          </span>
        );
      case 'cite':
        return (
          <span key={index} className="cite">
            {' '}
            [
            {node.ids.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <a
                  href={`#source-${id}`}
                  aria-label={say('rich-reference', { number: String(references.get(id)) })}
                >
                  {references.get(id)}
                </a>
              </span>
            ))}
            ]
          </span>
        );
    }
  });
}

/** A text of headings, paragraphs and lists; a paragraph carries the ids of the marks it explains. */
export function RichText({
  blocks,
  references,
  headingLevel = 2,
  say,
}: {
  blocks: readonly Block[];
  references: ReferenceNumbers;
  headingLevel?: 2 | 3;
  say: Say;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return blocks.map((block, index) => {
    if (block.type === 'heading') {
      return (
        <Heading key={index} id={block.id}>
          {block.text}
        </Heading>
      );
    }
    if (block.type === 'list') {
      return (
        <ul key={index}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Inlines nodes={item} references={references} say={say} />
            </li>
          ))}
        </ul>
      );
    }
    return (
      <p
        key={index}
        data-explains={block.explains.length > 0 ? block.explains.join(' ') : undefined}
        tabIndex={block.explains.length > 0 ? -1 : undefined}
      >
        <Inlines nodes={block.content} references={references} say={say} />
      </p>
    );
  });
}
