import type { SentencesRecord } from '@/lib/data/records';

export interface SentencesYear {
  year: number;
  sentenced: number;
  toDeath: number;
  /** What else the site shows for the year ("mass operations"), drawn beside its row. */
  context: string;
  note: string;
}

export const sentencedId = (year: number) => `sentenced-${year}`;
export const deathId = (year: number) => `death-${year}`;

/** The certificate's years in order, each with its two figures and its context from the data. */
export function sentencesSeries(records: readonly SentencesRecord[]): SentencesYear[] {
  return [...records]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      sentenced: r.sentenced,
      toDeath: r.sentenced_to_death,
      context: r.context,
      note: r.note,
    }));
}
