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

const AUTHOR = 'Repression in Numbers contributors';
const SITE = 'Repression in Numbers';

/** How to cite a chart, in the three styles students are most often asked for. */
export function chartCitations({ title, url, year, version, slug }: CitationInput): Citations {
  const bibtexTitle = title.replace(/[{}\\]/g, '').replace(/→/g, '--');
  return {
    apa: `${AUTHOR}. (${year}). ${title} [Data visualisation, version ${version}]. ${SITE}.${url ? ` ${url}` : ''}`,
    chicago: `${AUTHOR}. “${title}.” ${SITE}, version ${version}, ${year}.${url ? ` ${url}.` : ''}`,
    bibtex: [
      `@misc{repression-in-numbers-${slug},`,
      `  author = {{${AUTHOR}}},`,
      `  title = {{${bibtexTitle}}},`,
      `  year = {${year}},`,
      ...(url ? [`  howpublished = {\\url{${url}}},`] : []),
      `  note = {Data visualisation, version ${version}. Data compiled under CC BY 4.0}`,
      `}`,
    ].join('\n'),
  };
}
