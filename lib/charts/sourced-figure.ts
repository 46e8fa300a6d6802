import type { Confidence } from '@/lib/data/records';
import type { ValidatedPackage } from '@/lib/data/validate-package';
import { attribution } from '@/lib/text/attribution';
import type { Say } from '@/lib/text/messages';

import { notesOf, type SceneWords } from './definition';

/** A figure of a row of the data with whose it is: a figure of scholarship or of the records. */
export interface SourcedFigure {
  id: string;
  label: string;
  period: string;
  sourceName: string;
  /** "as reported by …" or "as quoted from …" where the figure was not checked at a page. */
  attribution: string | null;
  note: string;
}

/** A row of the data that names its figure, its period, its source and how far it was checked. */
interface SourcedRow {
  id: string;
  figure: string;
  period: string;
  source: string;
  confidence: Confidence;
  note: string;
}

/** A row's figure with its source and, where it was not checked at a page, its attribution. */
export const sourcedFigure = (pkg: ValidatedPackage, say: Say, row: SourcedRow): SourcedFigure => ({
  id: row.id,
  label: row.figure,
  period: row.period,
  sourceName: row.source,
  attribution: attribution(
    say,
    row.confidence,
    pkg.descriptor.sources.find((s) => s.name === row.source),
  ),
  note: row.note,
});

/**
 * A figure as its mark names it (the shared `mark-figure-persons`: its label, its value in words,
 * its period and whose it is) with its id and the data's note on it.
 */
export const figureMark = (figure: SourcedFigure, value: string, words: SceneWords) => ({
  id: figure.id,
  label: words.say('mark-figure-persons', {
    label: figure.label,
    value,
    period: figure.period,
    whose: whose(figure, words),
  }),
  note: figure.note,
});

/** The sources of a chart's figures, each once, and the data's notes on them, as `defineChart` takes them. */
export const ofFigures = <D>(figuresOf: (data: D) => readonly SourcedFigure[]) => ({
  sourceNamesOf: (data: D) => [...new Set(figuresOf(data).map((f) => f.sourceName))],
  notes: (data: D) => notesOf(figuresOf(data), (f) => f.label),
});

/** Whose figure it is, and how far it was checked: its source's title, then its attribution. */
export function whose(figure: SourcedFigure, { sources, say }: SceneWords): string {
  const source = sources.title(figure.sourceName);
  return figure.attribution
    ? say('whose-attributed', { source, attribution: figure.attribution })
    : source;
}
