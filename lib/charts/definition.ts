import type { FigureCell } from '@/lib/data/provenance';
import type { ValidatedPackage } from '@/lib/data/validate-package';
import { figureAttributions } from '@/lib/text/attribution';
import { readChartFile, readSharedChartWords, readSiteWords } from '@/lib/text/chart-file';
import { formatCount } from '@/lib/locale/format';
import { localizedPackage } from '@/lib/text/localized-package';
import { messages, type Say } from '@/lib/text/messages';

import type { Heading } from '../grammar/compose';
import type { PredictSeries } from '@/lib/present/predict';

import type { ExplorerData } from './explorer-data';
import { predictSeries } from './predict-series';
import type { StatedTotal } from './stated-total';
import type { Scene } from '../grammar/scene';
import type { DataTable } from './table';
import type { PageVariant } from '../grammar/theme';

/** A note from the data, tied to the marks it explains. */
interface ChartNote {
  marks: string[];
  heading: string;
  text: string;
  /** Another chart of the site that shows this figure's numbers: its slug. */
  chart?: string;
}

export interface BuiltChart {
  scenes: Record<PageVariant, Scene>;
  /** The chart drawn for the deck's slides: one scene, or more where one screen cannot hold it. */
  slides: Scene[];
  /** The sources its figures come from, named as in datapackage.json. */
  sourceNames: string[];
  /** Totals the source prints, checked against the figures (only where the source prints one). */
  statedTotals?: StatedTotal[];
  table: DataTable;
  notes: ChartNote[];
  explorer: ExplorerData;
  /** The yearly series a class predicts before it sees the chart, where the chart has one. */
  predict?: PredictSeries;
  /** One figure that says what the chart is about, with its unit, for the home page. */
  headline: { figure: string; unit: string; label: string };
}

export interface ChartDefinition {
  slug: string;
  /** The resources the chart draws on, for its sources and downloads. */
  datasets: string[];
  /** Draws the chart from the validated package, in a language of the site. */
  build(pkg: ValidatedPackage, locale: string): BuiltChart;
  /** Its title, subtitles and summary in a language of the site. */
  heading(locale: string): Heading & { summary: string };
  /** Where each of its marks' figures is in the data, by mark id: for its attribution. */
  figureCells(pkg: ValidatedPackage): Map<string, FigureCell>;
}

/**
 * What a chart's parts are made with: its headings, its sources by name and in one line, and `say`,
 * every other word it draws or speaks, from its text file and the words all charts share.
 */
export interface SceneWords {
  heading: Heading;
  say: Say;
  /** "Source: …" for all the chart's figures; a slide of some of them may name its own. */
  source: string;
  /** The source line with the site's name and licence, for the frames that carry them. */
  credit: string;
  sources: SourceWords;
}

/**
 * A chart as its folder says it: where its figures come from, and what is made of them. Its title,
 * subtitles and summary are words, kept with its text in the front matter of data/text/<slug>.md.
 */
interface ChartSpec<D> extends Pick<ChartDefinition, 'slug' | 'datasets'> {
  /** The chart's figures, from the validated package; `say` words the attributions they carry. */
  read(pkg: ValidatedPackage, say: Say): D;
  /** The sources its figures come from, as datapackage.json names them; by default its datasets'. */
  sourceNamesOf?(data: D, ofDatasets: string[]): string[];
  scene(data: D, variant: PageVariant, words: SceneWords): Scene;
  /** The chart on the deck's slides, its sources titled short: more than one where it needs. */
  slides(data: D, words: SceneWords): Scene[];
  table(data: D, words: SceneWords): DataTable;
  notes(data: D): ChartNote[];
  /**
   * Where each mark's figure is in the data (its resource, row and column), by mark id, so that
   * every figure not "checked" carries its attribution wherever a text links to it. Required: a
   * chart whose marks show no figure of the data (the timeline's dates) gives none.
   */
  figures(pkg: ValidatedPackage): Iterable<readonly [string, FigureCell]>;
  /** Its figure for the home page; `attributions` are its marks' attributions, by mark id. */
  headline(
    data: D,
    words: SceneWords & { attributions: ReadonlyMap<string, string> },
  ): BuiltChart['headline'];
  explorer(data: D, words: SceneWords): ExplorerData;
  /**
   * The explorer's measure a class predicts, year by year, before the chart is shown (a yearly
   * series), and the sources of its figures where they are fewer than the chart's.
   */
  predict?: { measure: string; sourceNames?(data: D): string[] };
  statedTotals?(data: D, words: SceneWords): StatedTotal[];
}

/**
 * A chart of the site from its spec: its series read once for all its parts, and its sources
 * named one way in all of them.
 */
export function defineChart<D>(spec: ChartSpec<D>): ChartDefinition {
  const { slug, datasets, read, sourceNamesOf, scene, slides, table, notes } = spec;
  const { headline, explorer, statedTotals, figures, predict } = spec;
  // The text file is read when the chart is first used, not when its module is imported.
  const files = new Map<string, ReturnType<typeof readChartFile>>();
  const text = (locale: string) => {
    let file = files.get(locale);
    if (!file) files.set(locale, (file = readChartFile(slug, locale)));
    return file;
  };
  return {
    slug,
    datasets,
    heading: (locale) => text(locale).heading,
    figureCells: (pkg) => new Map(figures(pkg)),
    build(canonical, locale) {
      const { heading, messages: own, file: ownFile } = text(locale);
      const say = messages(locale, [
        readSiteWords(locale),
        readSharedChartWords(locale),
        { file: ownFile, messages: own },
      ]);
      // Its words in the page's language; its figures, ids and codes as they are.
      const pkg = localizedPackage(canonical, locale);
      const data = read(pkg, say);
      const ofDatasets = datasetSources(pkg, datasets);
      const sourceNames = sourceNamesOf?.(data, ofDatasets) ?? ofDatasets;
      const words = (length: TitleLength): SceneWords => {
        const sources = sourceWords(pkg, length, say);
        const source = sources.line(sourceNames);
        return { heading, say, sources, source, credit: say('credit', { source }) };
      };
      const full = words('full');
      const attributions = figureAttributions(say, pkg, figures(pkg));
      const built = table(data, full);
      const explored = { ...explorer(data, full), rowsLabel: built.columns[0]?.label };
      return {
        scenes: { wide: scene(data, 'wide', full), narrow: scene(data, 'narrow', full) },
        slides: slides(data, words('short')),
        sourceNames,
        ...(statedTotals && { statedTotals: statedTotals(data, full) }),
        table: built,
        notes: notes(data),
        headline: headline(data, { ...full, attributions }),
        explorer: explored,
        ...(predict && {
          predict: predictSeries(explored, predict.measure, (length) =>
            words(length).sources.line(predict.sourceNames?.(data) ?? sourceNames),
          ),
        }),
      };
    },
  };
}

/** Full titles for the pages and downloads; short ones, where a source has one, for slides. */
type TitleLength = 'full' | 'short';

/** How a chart names its sources: each one's title, and the "Source: …" line under the chart. */
interface SourceWords {
  title(name: string): string;
  line(names: readonly string[]): string;
}

/** The package's own titles of its sources, in full or (where a source has one) short. */
function sourceWords(pkg: ValidatedPackage, length: TitleLength, say: Say): SourceWords {
  const title = (name: string) => {
    const source = sourceNamed(pkg, name);
    if (!source) return name;
    return length === 'short' ? (source.shortTitle ?? source.title) : source.title;
  };
  return {
    title,
    line(names) {
      const known = names.filter((name) => sourceNamed(pkg, name));
      return say('source-line', {
        count: known.length,
        list: known.map(title).join(say('source-list-separator')),
      });
    },
  };
}

export function resourceOf(pkg: ValidatedPackage, name: string) {
  const resource = pkg.descriptor.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`The data package has no resource "${name}".`);
  return resource;
}

/** The sources a chart's datasets name in datapackage.json, each once. */
function datasetSources(pkg: ValidatedPackage, datasets: readonly string[]): string[] {
  return [...new Set(datasets.flatMap((name) => resourceOf(pkg, name).sourceNames))];
}

/** A note of the data for each figure that has one, tied to the figure's mark. */
export function notesOf<T extends { id: string; note: string }>(
  items: readonly T[],
  heading: (item: T) => string,
): ChartNote[] {
  return items
    .filter((item) => item.note)
    .map((item) => ({ marks: [item.id], heading: heading(item), text: item.note }));
}

/**
 * A headline of a count: the figure as the locale writes it, its unit as a word that agrees with
 * the count (the shared `count-unit`: "1 person", "2 437 062 человека", "63 000 человек"), and its
 * words.
 */
export const countHeadline = (
  say: Say,
  count: number,
  unit: string,
  label: string,
): BuiltChart['headline'] => ({
  figure: formatCount(say, count),
  unit: say('count-unit', { unit, count }),
  label,
});

/** A headline's words with the attribution its figure's confidence asks for, if any. */
export const attributed = (label: string, words: string | null | undefined) =>
  words ? `${label} (${words})` : label;

/** A mark's place in the data: its resource, its row and the column it shows. */
export const cellOf = (
  resource: FigureCell['resource'],
  row: object,
  field: string,
): FigureCell => ({
  resource,
  row,
  field,
});

/** A source of the package by name. */
const sourceNamed = (pkg: ValidatedPackage, name: string) =>
  pkg.descriptor.sources.find((s) => s.name === name);
