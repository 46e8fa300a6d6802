import type { Say } from '@/lib/text/messages';

/** "Title (2 of 3)": a slide's title where a chart is drawn on several; alone, just its title. */
export const numbered = (say: Say, title: string, index: number, count: number) =>
  count > 1 ? say('slide-numbered', { title, index: index + 1, count }) : title;

/**
 * Units of rows (a whole with its parts) packed onto pages of at most `rows` rows, in order, so
 * that a unit is never split across two slides. A unit larger than a page gets a page of its own.
 */
export function pageUnits<T>(units: readonly (readonly T[])[], rows: number): T[][] {
  const pages: T[][] = [];
  for (const unit of units) {
    const last = pages.at(-1);
    if (last && last.length + unit.length <= rows) last.push(...unit);
    else pages.push([...unit]);
  }
  return pages;
}
