import type { Quantity } from '@/lib/data/quantity';
import type { GulagRecord } from '@/lib/data/records';

export interface GulagYear {
  year: number;
  /** Held on 1 January. */
  camps: number;
  campsSource: string;
  colonies: Quantity;
  /** Deaths during the year: the camps' own series, and the wider one; never spliced together. */
  campDeaths: Quantity;
  widerDeaths: number;
  note: string;
}

export const ids = {
  camps: (year: number) => `camps-${year}`,
  colonies: (year: number) => `colonies-${year}`,
  campDeaths: (year: number) => `camp-deaths-${year}`,
  widerDeaths: (year: number) => `wider-deaths-${year}`,
};

export function gulagSeries(records: readonly GulagRecord[]): GulagYear[] {
  return [...records]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      camps: r.camps,
      campsSource: r.camps_source,
      colonies: r.colonies,
      campDeaths: r.camp_deaths,
      widerDeaths: r.deaths_wider,
      note: r.note,
    }));
}

/**
 * A figure for a message: its value, or "none" where these sources give none, which the message
 * says in words (`{count, select, none {…} other {{count, number} …}}`), never as a zero.
 */
export const figureOrNone = (q: Quantity) => (q.status === 'known' ? q.value : 'none');
