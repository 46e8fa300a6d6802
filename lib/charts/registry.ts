import { known, notGiven } from '@/lib/data/quantity';
import { formatCount } from '@/lib/format';
import { attribution } from '@/lib/text/attribution';
import type { ValidatedPackage } from '@/lib/data/validate-package';

import { deportationsScene, deportationsSlides } from './deportations/layout';
import { deportationSeries } from './deportations/series';
import { deportationsTable } from './deportations/table';
import type { ExplorerData } from './explorer-data';
import { gpuScene, gpuSlides } from './gpu/layout';
import { MEASURES, cellId, gpuSeries, type StatedTotal } from './gpu/series';
import { gpuTable } from './gpu/table';
import { personnelScene } from './personnel/layout';
import { personnelSeries } from './personnel/series';
import { personnelTable } from './personnel/table';
import type { Heading } from './compose';
import { operationsScene, operationsSlides } from './operations/layout';
import { figuresOf, operationsSeries } from './operations/series';
import { operationsTable } from './operations/table';
import { gulagScene, gulagSlides } from './gulag/layout';
import { gulagSeries, ids as gulagIds } from './gulag/series';
import { gulagTable } from './gulag/table';
import type { Scene } from './scene';
import { sentencesScene, sentencesSlides } from './sentences/layout';
import { sentencedId, sentencesSeries } from './sentences/series';
import { sentencesTable } from './sentences/table';
import { timelineScene, timelineSlides } from './timeline/layout';
import { TIMELINE_START, timelineSeries } from './timeline/series';
import { timelineTable } from './timeline/table';
import type { DataTable } from './table';
import type { PageVariant } from './theme';
import { chartPath } from '@/lib/paths';

/** A note from the data, tied to the marks it explains. */
interface ChartNote {
  marks: string[];
  heading: string;
  text: string;
  /** Another chart of the site that shows this figure's numbers. */
  link?: { href: string; text: string };
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

/** A source's title by name, for captions on a chart. */
function sourceTitles(
  pkg: ValidatedPackage,
  length: TitleLength = 'full',
): (name: string) => string {
  return (name) => {
    const source = pkg.descriptor.sources.find((s) => s.name === name);
    if (!source) return name;
    return length === 'short' ? (source.shortTitle ?? source.title) : source.title;
  };
}

/** "Source: …" for a chart, from the package's own titles of the sources its data uses. */
function sourceLine(
  pkg: ValidatedPackage,
  names: readonly string[],
  length: TitleLength = 'full',
): string {
  const title = sourceTitles(pkg, length);
  const known = names.filter((name) => pkg.descriptor.sources.some((s) => s.name === name));
  return `${known.length === 1 ? 'Source' : 'Sources'}: ${known.map(title).join('; ')}`;
}

function resourceOf(pkg: ValidatedPackage, name: string) {
  const resource = pkg.descriptor.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`The data package has no resource "${name}".`);
  return resource;
}

/** The sources a chart's datasets name in datapackage.json, each once. */
function datasetSources(pkg: ValidatedPackage, datasets: readonly string[]): string[] {
  return [...new Set(datasets.flatMap((name) => resourceOf(pkg, name).sourceNames))];
}

/** A note of the data for each figure that has one, tied to the figure's mark. */
function notesOf<T extends { id: string; note: string }>(
  items: readonly T[],
  heading: (item: T) => string,
): ChartNote[] {
  return items
    .filter((item) => item.note)
    .map((item) => ({ marks: [item.id], heading: heading(item), text: item.note }));
}

function bothVariants(draw: (variant: PageVariant) => Scene): Record<PageVariant, Scene> {
  return { wide: draw('wide'), narrow: draw('narrow') };
}

/** A headline's words with the attribution its figure's confidence asks for, if any. */
const attributed = (label: string, words: string | null) => (words ? `${label} (${words})` : label);

/** A source of the package by name, for attribution words. */
const sourceNamed = (pkg: ValidatedPackage, name: string) =>
  pkg.descriptor.sources.find((s) => s.name === name);

export const charts: ChartDefinition[] = [
  {
    slug: 'personnel',
    title: 'Secret police personnel, 1921 → 1925 (Cheka, then OGPU)',
    subtitle:
      'Number of people in each category, as printed in the source. Hollow dot: 1921; filled dot: 1925.',
    slideSubtitle:
      'Number of people in each category, as printed in the source. Hollow dot: 1921; filled dot: 1925.',
    summary:
      'How many people served the Cheka in 1921 and the OGPU in 1925, category by category, as the lecture notes print them.',
    datasets: ['cheka-personnel'],
    build(pkg) {
      const rows = personnelSeries(pkg.records['cheka-personnel']);
      const sourceNames = datasetSources(pkg, ['cheka-personnel']);
      const source = sourceLine(pkg, sourceNames);
      return {
        scenes: bothVariants((variant) => personnelScene(rows, variant, this, source)),
        slides: [personnelScene(rows, 'projector', this, sourceLine(pkg, sourceNames, 'short'))],
        sourceNames,
        table: personnelTable(rows),
        notes: rows.flatMap((row) =>
          [row.from, row.to].flatMap((p) =>
            p && p.note
              ? [{ marks: [p.id], heading: `${row.category}, ${p.year}`, text: p.note }]
              : [],
          ),
        ),
        headline: (() => {
          const row = rows.find((r) => r.change !== null) ?? rows.find((r) => r.to)!;
          const to = row.to!.count;
          return {
            figure: to.status === 'known' ? formatCount(to.value) : 'unknown',
            unit: 'persons',
            label: `${row.category.toLowerCase()} in ${row.to!.year}, as the lecture notes print it`,
          };
        })(),
        explorer: {
          measures: [1921, 1925].map((year) => ({
            key: String(year),
            label: String(year),
            unit: 'persons',
          })),
          rows: rows.map((row) => ({
            id: (row.to ?? row.from)?.id ?? row.category,
            label: row.category,
            values: { '1921': row.from?.count ?? notGiven, '1925': row.to?.count ?? notGiven },
          })),
        },
      };
    },
  },
  {
    slug: 'gpu-1924',
    title: 'What the OGPU did in 1924',
    subtitle:
      'Figures of an activity summary of the OGPU (the notes say “GPU”) for 1924, as given in the lecture notes. People, organisations and letters are counted apart; each column of bars has its own scale. Hatched boxes: figures the source marks “?”.',
    slideSubtitle: '',
    summary:
      'People arrested, checked and killed by the OGPU in 1924 (the notes say “GPU”), category by category, and what the printed total really adds up.',
    datasets: ['gpu-actions-1924', 'gpu-actions-1924-details', 'gpu-actions-1924-totals'],
    build(pkg) {
      const series = gpuSeries(
        pkg.records['gpu-actions-1924'],
        pkg.records['gpu-actions-1924-details'],
        pkg.records['gpu-actions-1924-totals'],
      );
      const sourceNames = datasetSources(pkg, ['gpu-actions-1924']);
      const source = sourceLine(pkg, sourceNames);
      const people = series.rows.filter((row) => row.unit === 'persons');
      return {
        scenes: bothVariants((variant) => gpuScene(series, variant, this, source)),
        slides: gpuSlides(series, this, sourceLine(pkg, sourceNames, 'short')),
        sourceNames,
        statedTotals: series.totals,
        table: gpuTable(series),
        notes: series.rows.flatMap((row) => {
          const text = [row.note, ...row.details.map((d) => d.note)].filter(Boolean).join(' ');
          return text
            ? [{ marks: MEASURES.map((m) => cellId(row.id, m.key)), heading: row.category, text }]
            : [];
        }),
        headline: (() => {
          const letters = series.totals.flatMap((t) => t.byUnit).find((u) => u.unit === 'letters')!;
          return {
            figure: formatCount(letters.sum),
            unit: 'letters',
            label: 'read, inside a printed total of “persons”',
          };
        })(),
        explorer: {
          measures: MEASURES.map((m) => ({ key: m.key, label: m.label, unit: 'persons' })),
          rows: people.map((row) => ({ id: row.id, label: row.category, values: row.values })),
        },
      };
    },
  },
  {
    slug: 'deportations',
    title: 'Deportations of 1930–31, and the famine of 1932–33',
    subtitle:
      'Persons. Blue: figures printed in the lecture notes. Orange-red: archival counts and scholarship. An “of which” bar is a part of the figure above it, not a rival figure. A bar with an arrow is a minimum (“at least”); end caps mark a range.',
    slideSubtitle:
      'Persons. Blue: the notes; orange-red: records, scholarship. “Of which”: part of the bar above. Arrow: “at least”; caps: a range. One scale throughout.',
    summary:
      'The peasants deported with their families in dekulakisation, and, as a separate event, the dead of the famine of 1932–33: the lecture notes’ figures beside archival counts and historians’ estimates.',
    datasets: ['collectivisation', 'scholarship'],
    build(pkg) {
      const groups = deportationSeries(
        resourceOf(pkg, 'collectivisation'),
        pkg.records.collectivisation,
        pkg.records.scholarship,
        pkg.descriptor.sources,
      );
      const sourceNames = [...new Set(groups.flatMap((g) => g.figures.map((f) => f.sourceName)))];
      const source = sourceLine(pkg, sourceNames);
      const title = sourceTitles(pkg);
      const figures = groups.flatMap((g) => g.figures);
      return {
        scenes: bothVariants((variant) => deportationsScene(groups, variant, this, source, title)),
        slides: deportationsSlides(
          groups,
          this,
          (names) => sourceLine(pkg, names, 'short'),
          sourceTitles(pkg, 'short'),
        ),
        sourceNames,
        table: deportationsTable(
          groups,
          pkg.records.collectivisation.filter((r) => r.unit === 'million tonnes'),
          title,
        ),
        notes: notesOf(figures, (f) => f.label),
        headline: (() => {
          const largest = groups[0]!.figures
            .filter((f) => f.kind === 'scholarship')
            .reduce((a, b) => (b.high > a.high ? b : a));
          // "persons people deported" would say the unit twice.
          const what = largest.label.replace(/^people /i, '');
          return {
            figure: formatCount(largest.high),
            unit: 'persons',
            label: attributed(
              `${what.charAt(0).toLowerCase()}${what.slice(1)}, ${largest.period}`,
              largest.attribution,
            ),
          };
        })(),
        explorer: {
          measures: [
            { key: 'low', label: 'Figure (low end of a range)', unit: 'persons' },
            { key: 'high', label: 'Figure (high end of a range)', unit: 'persons' },
          ],
          rows: figures.map((f) => ({
            id: f.id,
            label: `${f.label} (${f.kind === 'source' ? 'notes' : title(f.sourceName)})`,
            values: { low: known(f.low), high: known(f.high) },
          })),
        },
      };
    },
  },
  {
    slug: 'sentences',
    title: 'Sentenced, and sentenced to death, on secret-police cases, 1921–1940',
    subtitle:
      'Persons, each year, from the “Pavlov certificate” of 1953: sentences, not arrests or executions. Light bar and plain figure: sentenced; dark bar and red figure: of them, sentenced to death. The quiet years also have a panel of their own, on a larger scale.',
    slideSubtitle:
      'Persons. Light bar, plain figure: sentenced; dark bar, red figure: to death. Right: 1921–1929 on a larger scale.',
    summary:
      'Everyone sentenced on secret-police cases each year from 1921 to 1940, and those sentenced to death, with the 1920s on a scale of their own so that they do not vanish beside 1937–38.',
    datasets: ['secret-police-sentences'],
    build(pkg) {
      const years = sentencesSeries(pkg.records['secret-police-sentences']);
      const sourceNames = datasetSources(pkg, ['secret-police-sentences']);
      const source = sourceLine(pkg, sourceNames);
      return {
        scenes: bothVariants((variant) => sentencesScene(years, variant, this, source)),
        slides: sentencesSlides(years, this, sourceLine(pkg, sourceNames, 'short')),
        sourceNames,
        table: sentencesTable(years),
        notes: notesOf(
          years.map((y) => ({ ...y, id: sentencedId(y.year) })),
          (y) => String(y.year),
        ),
        headline: (() => {
          const peak = years.reduce((a, b) => (b.toDeath > a.toDeath ? b : a));
          const record = pkg.records['secret-police-sentences'].find((r) => r.year === peak.year)!;
          return {
            figure: formatCount(peak.toDeath),
            unit: 'persons',
            label: attributed(
              `sentenced to death on secret-police cases in ${peak.year}`,
              attribution(record.confidence, sourceNamed(pkg, record.source)),
            ),
          };
        })(),
        explorer: {
          measures: [
            { key: 'sentenced', label: 'Sentenced', unit: 'persons' },
            { key: 'toDeath', label: 'Sentenced to death', unit: 'persons' },
          ],
          rows: years.map((y) => ({
            id: sentencedId(y.year),
            label: String(y.year),
            values: { sentenced: known(y.sentenced), toDeath: known(y.toDeath) },
          })),
        },
      };
    },
  },
  {
    slug: 'mass-operations',
    title: '1937–38: the quotas and what was done',
    subtitle:
      'Persons. Order No. 00447’s first limits (outlined) beside the numbers sentenced under it (filled); the national operations and the NKVD’s count of all its cases, with those sentenced to death in dark red. Every figure on one scale. The operations are parts of the NKVD’s total, not additions to it.',
    slideSubtitle:
      'Persons, one scale. Outline: the first limit; filled: what was done; dark red: sentenced to death.',
    summary:
      'Order No. 00447’s first limits (quotas) beside the numbers it sentenced, the national operations, the Polish among them, and the NKVD’s count of arrests, sentences and death sentences in 1937–38.',
    datasets: ['mass-operations-1937-38'],
    build(pkg) {
      const groups = operationsSeries(
        resourceOf(pkg, 'mass-operations-1937-38'),
        pkg.records['mass-operations-1937-38'],
        pkg.descriptor.sources,
      );
      const figures = figuresOf(groups);
      const sourceNames = [...new Set(figures.map((f) => f.sourceName))];
      const source = sourceLine(pkg, sourceNames);
      const title = sourceTitles(pkg);
      return {
        scenes: bothVariants((variant) => operationsScene(groups, variant, this, source, title)),
        slides: operationsSlides(
          groups,
          this,
          (names) => sourceLine(pkg, names, 'short'),
          sourceTitles(pkg, 'short'),
        ),
        sourceNames,
        table: operationsTable(groups, title),
        notes: notesOf(figures, (f) => f.label),
        headline: (() => {
          const group = groups.find((g) =>
            g.rows.some((r) => r.limit && r.figure.measure === 'to death'),
          )!;
          const row = group.rows.find((r) => r.limit && r.figure.measure === 'to death')!;
          return {
            figure: formatCount(row.figure.value),
            unit: 'persons',
            label: `${attributed(`sentenced to death under ${group.title.split(':')[0]}`, row.figure.attribution)}, against a first limit of ${attributed(formatCount(row.limit!.value), row.limit!.attribution)}`,
          };
        })(),
        explorer: {
          measures: [{ key: 'value', label: 'Persons', unit: 'persons' }],
          rows: figures.map((f) => ({
            id: f.id,
            label: `${f.label} (${f.kind})`,
            values: { value: known(f.value) },
          })),
        },
      };
    },
  },
  {
    slug: 'gulag',
    title: 'The Gulag’s population and deaths, 1930–1941',
    subtitle:
      'Persons. Held on 1 January: in the camps (ITL, light blue) and the colonies (ITK, with the prisons until 1938; purple); hatched: no figure in these sources, which is not zero. Deaths during the year, on a scale of their own, in two series never spliced: the camps’ own count (dark red) and a wider one (orange).',
    slideSubtitle:
      'Persons. Held on 1 January: camps (blue), colonies (purple); hatched: no figure. Deaths: camps’ count (red), a wider series (orange).',
    summary:
      'How many people the camps and colonies held on 1 January of each year from 1930 to 1941, and how many died, in the two published series that must not be spliced together.',
    datasets: ['gulag-population'],
    build(pkg) {
      const years = gulagSeries(pkg.records['gulag-population']);
      const sourceNames = [
        ...new Set([
          ...years.map((y) => y.campsSource),
          ...datasetSources(pkg, ['gulag-population']),
        ]),
      ];
      const source = sourceLine(pkg, sourceNames);
      return {
        scenes: bothVariants((variant) => gulagScene(years, variant, this, source)),
        slides: gulagSlides(years, this, sourceLine(pkg, sourceNames, 'short')),
        sourceNames,
        table: gulagTable(years),
        notes: notesOf(
          years.map((y) => ({ id: gulagIds.camps(y.year), note: y.note, year: y.year })),
          (y) => String(y.year),
        ),
        headline: (() => {
          const last = years.at(-1)!;
          return {
            figure: formatCount(last.camps),
            unit: 'persons',
            // The table's rows carry no confidence: the whole dataset was seen reprinted, as its
            // description says, so its figures are unchecked in the originals.
            label: attributed(
              `held in the camps on 1 January ${last.year}`,
              attribution('unchecked', sourceNamed(pkg, last.campsSource)),
            ),
          };
        })(),
        explorer: {
          measures: [
            { key: 'camps', label: 'In camps, 1 January', unit: 'persons' },
            { key: 'colonies', label: 'In colonies, 1 January', unit: 'persons' },
            { key: 'campDeaths', label: 'Deaths in the camps (Zemskov)', unit: 'persons' },
            { key: 'widerDeaths', label: 'Deaths, wider series (Applebaum)', unit: 'persons' },
          ],
          rows: years.map((y) => ({
            id: gulagIds.camps(y.year),
            label: String(y.year),
            values: {
              camps: known(y.camps),
              colonies: y.colonies,
              campDeaths: y.campDeaths,
              widerDeaths: known(y.widerDeaths),
            },
          })),
        },
      };
    },
  },
  {
    slug: 'timeline',
    title: 'The secret police, 1917–1941: agencies, heads and events',
    subtitle:
      'From the Cheka to the NKVD. Ministry: the Russian republic’s commissariat for internal affairs, of which the GPU was formally a part. A date known only to the month or the year is drawn across that month or year. An arrow: it goes on past 1941.',
    slideSubtitle: 'Dates known only to the month or year span it. Arrow: goes on past 1941.',
    summary:
      'The Cheka, GPU, OGPU, NKVD and NKGB, the men who led them and the events the sources name, on one time axis.',
    datasets: ['agencies-and-heads'],
    build(pkg) {
      const entries = timelineSeries(pkg.records['agencies-and-heads']);
      const sourceNames = [...new Set(entries.flatMap((e) => e.sources))];
      const source = sourceLine(pkg, sourceNames);
      const title = sourceTitles(pkg);
      const yearsFrom = (time: number) =>
        Math.round(((time - TIMELINE_START) / (365.25 * 86_400_000)) * 10) / 10;
      return {
        scenes: bothVariants((variant) => timelineScene(entries, variant, this, source)),
        slides: timelineSlides(entries, this, (names) => sourceLine(pkg, names, 'short')),
        sourceNames,
        table: timelineTable(entries, title),
        notes: entries
          .filter((e) => e.note || e.chart)
          .map((e) => ({
            marks: [e.id],
            heading: e.name,
            text: e.note,
            link: e.chart
              ? { href: chartPath(e.chart), text: chartBySlug(e.chart)?.title ?? e.chart }
              : undefined,
          })),
        headline: {
          figure: String(
            new Set(entries.filter((e) => e.kind === 'agency').map((e) => e.name.split(' (')[0]))
              .size,
          ),
          unit: 'names',
          label: 'for one secret police, 1917–1941',
        },
        explorer: {
          measures: [
            { key: 'start', label: 'Start (years after 1 January 1917)', unit: 'years' },
            { key: 'length', label: 'Length (years)', unit: 'years' },
          ],
          rows: entries.map((e) => ({
            id: e.id,
            label: e.name,
            values: {
              start: known(yearsFrom(e.start.start)),
              length: e.end
                ? known(Math.round(((e.end.end - e.start.start) / (365.25 * 86_400_000)) * 10) / 10)
                : notGiven,
            },
          })),
        },
      };
    },
  },
];

export function chartBySlug(slug: string): ChartDefinition | undefined {
  return charts.find((chart) => chart.slug === slug);
}

/** One static page per chart (its page and its embed), all made at build time. */
export function chartStaticParams(): { slug: string }[] {
  return charts.map((chart) => ({ slug: chart.slug }));
}
