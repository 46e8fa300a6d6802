import type { Quantity } from '@/lib/data/quantity';
import type { PersonnelRecord } from '@/lib/data/records';

export const FROM_YEAR = 1921;
export const TO_YEAR = 1925;
/** The two years as messages take them: strings, which a locale does not write as "1,921". */
export const YEARS = { fromYear: String(FROM_YEAR), toYear: String(TO_YEAR) };

export interface PersonnelPoint {
  id: string;
  year: number;
  count: Quantity;
  note: string;
}

export interface PersonnelRow {
  /** The category as the data names it, which names its marks. */
  category: string;
  /** The category as the reader's language names it. */
  label: string;
  /** Null when the source prints no figure for that year at all (not even "?"). */
  from: PersonnelPoint | null;
  to: PersonnelPoint | null;
  /** The change from 1921 to 1925 as a ratio, when both figures are known and comparable. */
  change: number | null;
  /** Both figures are known, but the data says the later one may count another group. */
  notComparable: boolean;
}

export const markId = (category: string, year: number) =>
  `${category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${year}`;

/**
 * Pairs each category's 1921 and 1925 figures, in the order the source prints them; `name` gives
 * a category in the reader's language.
 */
export function personnelSeries(
  records: readonly PersonnelRecord[],
  name: (category: string) => string,
): PersonnelRow[] {
  const categories = [...new Set(records.map((r) => r.category))];
  return categories.map((category) => {
    const point = (year: number): PersonnelPoint | null => {
      const record = records.find((r) => r.category === category && r.year === year);
      return record
        ? { id: markId(category, year), year, count: record.count, note: record.note }
        : null;
    };
    const from = point(FROM_YEAR);
    const to = point(TO_YEAR);
    const bothKnown =
      from?.count.status === 'known' && to?.count.status === 'known' && from.count.value > 0;
    const comparable =
      records.find((r) => r.category === category && r.year === TO_YEAR)?.comparable === 'yes';
    const change =
      bothKnown && comparable && from.count.status === 'known' && to.count.status === 'known'
        ? to.count.value / from.count.value - 1
        : null;
    return {
      category,
      label: name(category),
      from,
      to,
      change,
      notComparable: bothKnown && !comparable,
    };
  });
}
