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
 * A date to its precision as the locale writes it. English keeps the site's own style, day first
 * with the month abbreviated ("20 Dec 1917"), put together from Intl's parts: no English pattern
 * writes it ('en' puts the month first, "Dec 20, 1917", and 'en-GB' abbreviates September
 * "Sept"). Swedish, Russian and Ukrainian are written whole by their own pattern, the month
 * spelt out and the year marked as they mark it: "1 december 1934", "1 декабря 1934 г.".
 */
function writeDate(time: number, precision: Precision, locale: string): string {
  const english = locale === 'en';
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' && { month: english ? 'short' : 'long' }),
    ...(precision === 'day' && { day: 'numeric' }),
  });
  if (!english) return format.format(time);
  const parts = format.formatToParts(time);
  return PARTS[precision].map((type) => parts.find((part) => part.type === type)!.value).join(' ');
}

/**
 * Reads "1934", "1922-02" or "1917-12-20" as the span of time it covers, keeping its precision,
 * so a date known only to the year is never drawn as if it were 1 January.
 */
export function parsePartialDate(value: string, locale: string): PartialDate {
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
