import type { SentencesRecord } from '@/lib/data/records';
import { known } from '@/lib/data/quantity';
import { subtitleOn } from '@/lib/grammar/compose';
import { numbered } from '@/lib/grammar/paging';
import { COMPACT_SLIDE_HEIGHT, palette, type Variant } from '@/lib/grammar/theme';
import { yearBarSlides, yearBars, type YearBarsSpec } from '@/lib/grammar/year-bars';
import { formatCount, formatShare } from '@/lib/locale/format';
import { dataText } from '@/lib/text/localized-package';

import { personsAxis } from './axes';
import { attributed, cellOf, defineChart, notesOf, type SceneWords } from './definition';

const DATASET = 'secret-police-sentences';
const sentencedId = (year: number) => `sentenced-${year}`;
const deathId = (year: number) => `death-${year}`;

const yearsOf = (records: readonly SentencesRecord[]) =>
  [...records].sort((a, b) => a.year - b.year);

/** Every year on one scale, those sentenced to death drawn inside those sentenced. */
function spec(years: readonly SentencesRecord[], { say }: SceneWords): YearBarsSpec {
  return {
    axis: personsAxis(say),
    bars: years.map((y) => ({
      id: sentencedId(y.year),
      year: String(y.year),
      value: y.sentenced,
      text: formatCount(say, y.sentenced),
      label: say('mark-sentenced', { year: String(y.year), count: y.sentenced }),
      note: y.note || undefined,
      fill: palette.sky,
      aside: y.context || undefined,
      ofWhich: {
        id: deathId(y.year),
        value: y.sentenced_to_death,
        text: formatCount(say, y.sentenced_to_death),
        label: say('mark-death', {
          year: String(y.year),
          count: y.sentenced_to_death,
          sentenced: y.sentenced,
        }),
        fill: palette.vermillion,
      },
    })),
  };
}

/** The peak, 1937–38's death sentences and the 1920s' range: the shape, for a listener. */
function describe(years: readonly SentencesRecord[], say: SceneWords['say']): string {
  const peak = years.reduce((a, b) => (b.sentenced > a.sentenced ? b : a));
  const deathsIn = (year: number) => years.find((y) => y.year === year)!.sentenced_to_death;
  const twenties = years.filter((y) => y.year < 1930).map((y) => y.sentenced);
  return say('describe', {
    peak: peak.sentenced,
    peakYear: String(peak.year),
    peakDeaths: peak.sentenced_to_death,
    deaths1937: deathsIn(1937),
    deaths1938: deathsIn(1938),
    quietLeast: Math.min(...twenties),
    quietMost: Math.max(...twenties),
  });
}

const wordsOf = (years: readonly SentencesRecord[], words: SceneWords, variant: Variant) => ({
  ...words,
  ...words.heading,
  subtitle: subtitleOn(words.heading, variant),
  description: describe(years, words.say),
});

export const sentencesChart = defineChart({
  slug: 'sentences',
  datasets: [DATASET],
  read: (pkg) => yearsOf(pkg.records[DATASET]),
  scene: (years, variant, words) =>
    yearBars(spec(years, words), spec(years, words).bars, variant, wordsOf(years, words, variant)),
  slides: (years, words) =>
    yearBarSlides(
      spec(years, words),
      wordsOf(years, words, 'projector'),
      (index, count, shown) =>
        words.say('slide-title', {
          title: numbered(words.say, words.heading.title, index, count),
          first: shown[0]!.year,
          last: shown.at(-1)!.year,
        }),
      COMPACT_SLIDE_HEIGHT,
    ),
  table: (years, { say }) => ({
    caption: say('table-caption'),
    columns: [
      { label: say('col-year') },
      { label: say('col-sentenced'), numeric: true },
      { label: say('col-death'), numeric: true },
      { label: say('col-share'), numeric: true },
      { label: say('col-context') },
    ],
    rows: years.map((y) => ({
      id: sentencedId(y.year),
      cells: [
        String(y.year),
        formatCount(say, y.sentenced),
        formatCount(say, y.sentenced_to_death),
        formatShare(say, y.sentenced_to_death / y.sentenced),
        y.context,
      ],
    })),
  }),
  notes: (years) =>
    notesOf(
      years.map((y) => ({ ...y, id: sentencedId(y.year) })),
      (y) => String(y.year),
    ),
  figures: (pkg) =>
    pkg.records[DATASET].flatMap((r) => [
      [sentencedId(r.year), cellOf(DATASET, r, 'sentenced')] as const,
      [deathId(r.year), cellOf(DATASET, r, 'sentenced_to_death')] as const,
    ]),
  headline(years, { say, attributions }) {
    const peak = years.reduce((a, b) => (b.sentenced_to_death > a.sentenced_to_death ? b : a));
    return {
      figure: formatCount(say, peak.sentenced_to_death),
      unit: dataText(say, 'persons'),
      label: attributed(
        say('headline', { year: String(peak.year) }),
        attributions.get(deathId(peak.year)) ?? null,
      ),
    };
  },
  predict: { measure: 'sentenced' },
  explorer: (years, { say }) => ({
    measures: [
      { key: 'sentenced', label: say('explorer-sentenced'), unit: dataText(say, 'persons') },
      { key: 'toDeath', label: say('explorer-death'), unit: dataText(say, 'persons') },
    ],
    rows: years.map((y) => ({
      id: sentencedId(y.year),
      label: String(y.year),
      values: { sentenced: known(y.sentenced), toDeath: known(y.sentenced_to_death) },
    })),
  }),
});
