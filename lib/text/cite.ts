import type { Say } from './messages';

export interface CitationInput {
  title: string;
  /** The chart's address, or null where the build was given none: the citation then names none. */
  url: string | null;
  /** The year of the data package's release, not today's date, so a citation is stable. */
  year: string;
  version: string;
  slug: string;
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/** How to cite a chart, in the three styles students are most often asked for. */
export function chartCitations(
  say: Say,
  { title, url, year, version, slug }: CitationInput,
): Citations {
  const bibtexTitle = title.replace(/[{}\\]/g, '').replace(/→/g, '--');
  const author = say('cite-author');
  const site = say('site-name');
  const words = { author, site, title, year, version, linked: url ? 'yes' : 'no', url: url ?? '' };
  return {
    apa: say('cite-apa', words),
    chicago: say('cite-chicago', words),
    bibtex: [
      `@misc{repression-in-numbers-${slug},`,
      `  author = {{${author}}},`,
      `  title = {{${bibtexTitle}}},`,
      `  year = {${year}},`,
      ...(url ? [`  howpublished = {\\url{${url}}},`] : []),
      `  note = {${say('cite-bibtex-note', { version })}}`,
      `}`,
    ].join('\n'),
  };
}
