type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The first day the date can mean, as a UTC timestamp. */
  start: number;
  /** The last moment the date can mean: the end of the year or month when no day is given. */
  end: number;
  precision: Precision;
  /** The date as written, to its precision: "1934", "Feb 1922", "20 Dec 1917". */
  text: string;
}

/** What a date of each precision is written with, in the order written: "20 Dec 1917", "Feb 1922". */
const PARTS = {
  year: ['year'],
  month: ['month', 'year'],
  day: ['day', 'month', 'year'],
} as const satisfies Record<Precision, readonly Intl.DateTimeFormatPartTypes[]>;

/**
 * A date to its precision, each part written by Intl.DateTimeFormat for the locale (the month's
 * abbreviation, the numerals) and the parts day first. No locale's own pattern writes the site's
 * English: 'en' puts the month first ("Dec 20, 1917"), and 'en-GB', day first, abbreviates
 * September "Sept". Swedish, Russian and Ukrainian put the day first too (Russian and Ukrainian
 * add "г."/"р." after the year, which this leaves out).
 */
function writeDate(time: number, precision: Precision, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' && { month: 'short' }),
    ...(precision === 'day' && { day: 'numeric' }),
  }).formatToParts(time);
  return PARTS[precision].map((type) => parts.find((part) => part.type === type)!.value).join(' ');
}

/**
 * Reads "1934", "1922-02" or "1917-12-20" as the span of time it covers, keeping its precision,
 * so a date known only to the year is never drawn as if it were 1 January.
 */
export function parsePartialDate(value: string, locale = 'en'): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: "${value}"`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]) - 1;
  const day = match[3] === undefined ? null : Number(match[3]);
  const [precision, start, end]: [Precision, number, number] =
    month === null
      ? ['year', Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)]
      : day === null
        ? ['month', Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)]
        : ['day', Date.UTC(year, month, day), Date.UTC(year, month, day + 1)];
  return { start, end: end - 1, precision, text: writeDate(start, precision, locale) };
}
