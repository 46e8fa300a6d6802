import type { ValidatedPackage } from '@/lib/data/validate-package';

import type { Heading } from './compose';
import type { ExplorerData } from './explorer-data';
import type { StatedTotal } from './gpu/series';
import type { Scene } from './scene';
import type { DataTable } from './table';
import type { PageVariant } from './theme';

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
  /** The chart drawn for the deck's slides: one scene, or two where one screen cannot hold it. */
  slides: Scene[];
  /** The sources its figures come from, named as in datapackage.json. */
  sourceNames: string[];
  /** Totals the source prints, checked against the figures (only where the source prints one). */
  statedTotals?: StatedTotal[];
  table: DataTable;
  notes: ChartNote[];
  explorer: ExplorerData;
  /** One figure that says what the chart is about, with its unit, for the home page. */
  headline: { figure: string; unit: string; label: string };
}

export interface ChartDefinition extends Heading {
  slug: string;
  summary: string;
  /** The resources the chart draws on, for its sources and downloads. */
  datasets: string[];
  /** Draws the chart from the validated package; `this` is the definition, for its headings. */
  build(pkg: ValidatedPackage): BuiltChart;
}

/** Full titles for the pages and downloads; short ones, where a source has one, for slides. */
type TitleLength = 'full' | 'short';

/** How a chart names its sources: each one's title, and the "Source: …" line under the chart. */
export interface SourceWords {
  title(name: string): string;
  line(names: readonly string[]): string;
}

/** The package's own titles of its sources, in full or (where a source has one) short. */
export function sourceWords(pkg: ValidatedPackage, length: TitleLength = 'full'): SourceWords {
  const title = (name: string) => {
    const source = sourceNamed(pkg, name);
    if (!source) return name;
    return length === 'short' ? (source.shortTitle ?? source.title) : source.title;
  };
  return {
    title,
    line(names) {
      const known = names.filter((name) => sourceNamed(pkg, name));
      return `${known.length === 1 ? 'Source' : 'Sources'}: ${known.map(title).join('; ')}`;
    },
  };
}

export function resourceOf(pkg: ValidatedPackage, name: string) {
  const resource = pkg.descriptor.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`The data package has no resource "${name}".`);
  return resource;
}

/** The sources a chart's datasets name in datapackage.json, each once. */
export function datasetSources(pkg: ValidatedPackage, datasets: readonly string[]): string[] {
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

export function bothVariants(draw: (variant: PageVariant) => Scene): Record<PageVariant, Scene> {
  return { wide: draw('wide'), narrow: draw('narrow') };
}

/** A headline's words with the attribution its figure's confidence asks for, if any. */
export const attributed = (label: string, words: string | null) =>
  words ? `${label} (${words})` : label;

/** A source of the package by name, for attribution words. */
export const sourceNamed = (pkg: ValidatedPackage, name: string) =>
  pkg.descriptor.sources.find((s) => s.name === name);
