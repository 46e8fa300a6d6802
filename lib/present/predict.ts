/**
 * A yearly series to predict before it is shown: the first year given, every later year set by
 * the student, then the data drawn over the guess. Plain and serialisable, for the browser.
 */
export interface PredictSeries {
  /** What is predicted, as the chart's explorer names it ("Persons sentenced"). */
  measure: string;
  unit: string;
  /** Each year in order; `value` null where the source gives no number (it stays unknown). */
  points: { label: string; value: number | null }[];
  /** The scale's top, above every value, so that the data never runs off the guess's scale. */
  top: number;
  /** The axis's values, from 0 to `top`. */
  ticks: number[];
  /** The line naming the sources of its figures: in full on a page, titled short on a slide. */
  source: { full: string; short: string };
}

/** The element of a chart's page where its predict mode takes the chart's place. */
export const PREDICT_PANEL = 'predict-panel';

/** How many steps of the arrow keys span the scale; Page Up and Down move five at a time. */
const STEPS = 40;
export const PAGE_STEPS = 5;

/** A step of the arrow keys: a fortieth of the scale, so a guess moves in round amounts. */
export const stepOf = (series: Pick<PredictSeries, 'top'>) => series.top / STEPS;

/** The guess before the student moves it: every year where the first year stands. */
export const startingGuess = (series: PredictSeries): number[] =>
  series.points.map(() => series.points[0]!.value!);

/** A year's guess moved by a number of steps (negative: down), kept on the scale. The first year is given. */
export function nudge(
  series: PredictSeries,
  guess: readonly number[],
  index: number,
  steps: number,
): number[] {
  return setGuess(series, guess, index, guess[index]! + steps * stepOf(series));
}

/** A year's guess set to a value (from a pointer), rounded to a step and kept on the scale. */
export function setGuess(
  series: PredictSeries,
  guess: readonly number[],
  index: number,
  value: number,
): number[] {
  if (index <= 0 || index >= guess.length) return [...guess];
  const step = stepOf(series);
  const kept = Math.min(series.top, Math.max(0, Math.round(value / step) * step));
  return guess.map((g, i) => (i === index ? kept : g));
}

export interface Gap {
  label: string;
  guess: number;
  actual: number;
}

/**
 * The year where the guess is furthest from the data, of the years the student set and the
 * source gives; null where no such year differs (a guess that matches, or no known year).
 */
export function biggestGap(series: PredictSeries, guess: readonly number[]): Gap | null {
  let found: Gap | null = null;
  series.points.forEach((point, i) => {
    if (i === 0 || point.value === null) return;
    const distance = Math.abs(guess[i]! - point.value);
    if (distance > 0 && (!found || distance > Math.abs(found.guess - found.actual)))
      found = { label: point.label, guess: guess[i]!, actual: point.value };
  });
  return found;
}
