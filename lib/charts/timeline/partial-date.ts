type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The first day the date can mean, as a UTC timestamp. */
  start: number;
  /** The last moment the date can mean: the end of the year or month when no day is given. */
  end: number;
  precision: Precision;
  text: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads "1934", "1922-02" or "1917-12-20" as the span of time it covers, keeping its precision,
 * so a date known only to the year is never drawn as if it were 1 January.
 */
export function parsePartialDate(value: string): PartialDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`Not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: "${value}"`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]) - 1;
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month === null)
    return {
      start: Date.UTC(year, 0, 1),
      end: Date.UTC(year + 1, 0, 1) - 1,
      precision: 'year',
      text: String(year),
    };
  if (day === null) {
    return {
      start: Date.UTC(year, month, 1),
      end: Date.UTC(year, month + 1, 1) - 1,
      precision: 'month',
      text: `${MONTHS[month]} ${year}`,
    };
  }
  const start = Date.UTC(year, month, day);
  return {
    start,
    end: start + 86_400_000 - 1,
    precision: 'day',
    text: `${day} ${MONTHS[month]} ${year}`,
  };
}
