import type { ScaleLinear } from 'd3';

import { formatCount } from '@/lib/locale/format';

import { composeScene } from '@/lib/grammar/compose';
import { personsAxis } from '@/lib/charts/axes';
import type { Say } from '@/lib/text/messages';
import type { SceneWords } from '../definition';
import { bar } from '@/lib/grammar/marks/bar';
import { numbered } from '@/lib/grammar/paging';
import { panelSpans, yearPanels, type PanelPlaces } from '@/lib/grammar/panels';
import { zeroBasedScale } from '@/lib/grammar/scale';
import type { Mark, Scene } from '@/lib/grammar/scene';
import { aside, bold, text } from '@/lib/grammar/shapes';
import { textWidth } from '@/lib/grammar/measure';
import { figuresAfter } from '../year-figures';
import { frame, palette, type PageVariant, type Variant } from '@/lib/grammar/theme';
import { deathId, sentencedId, type SentencesYear } from './series';

/** The quieter years get a second panel on a scale of their own, so they do not vanish. */
const QUIET_UNTIL = 1929;

const SENTENCED = palette.sky;
const DEATH = palette.vermillion;

/** Where each frame puts the year labels and the two panels, left to right or one under the other. */
const PLACES: Record<Variant, PanelPlaces> = {
  wide: { label: 176, widths: [300, 200], gap: 120, stacked: false },
  projector: { label: 270, widths: [280, 150], gap: 60, stacked: false },
  narrow: { label: 64, widths: [150, 150], gap: 0, stacked: true },
};

function describeSentences(years: readonly SentencesYear[], say: Say): string {
  const peak = years.reduce((a, b) => (b.sentenced > a.sentenced ? b : a));
  const deathsIn = (year: number) => years.find((y) => y.year === year)!.toDeath;
  const quiet = years.filter((y) => y.year <= QUIET_UNTIL).map((y) => y.sentenced);
  return say('describe', {
    peak: peak.sentenced,
    peakYear: String(peak.year),
    peakDeaths: peak.toDeath,
    deaths1937: deathsIn(1937),
    deaths1938: deathsIn(1938),
    quietLeast: Math.min(...quiet),
    quietMost: Math.max(...quiet),
  });
}

function draw(
  all: readonly SentencesYear[],
  shown: readonly SentencesYear[],
  variant: Variant,
  words: { title: string; subtitle: string; source: string; credit?: string; say: Say },
): Scene {
  const f = frame[variant];
  const place = PLACES[variant];
  const quiet = shown.filter((y) => y.year <= QUIET_UNTIL);
  const rowHeight = f.text + 6;
  // On a slide a year's context goes beside the year where it fits, which saves the screen's
  // height for the bars; elsewhere, and where it would run into the bars, on a line below.
  const inline = (y: SentencesYear) =>
    variant === 'projector' &&
    textWidth(String(y.year), f.text, 'bold') + 10 + textWidth(y.context, f.small) <=
      place.label - 12;
  const context = (y: SentencesYear) => (y.context && !inline(y) ? f.small + 4 : 0);

  return composeScene(f, { ...words, description: describeSentences(all, words.say) }, (top) => {
    const marks = new Map<string, Mark>();
    const markOf = (id: string, label: string, note: string) => {
      if (!marks.has(id)) marks.set(id, { id, label, note: note || undefined, shapes: [] });
      return marks.get(id)!;
    };

    /** A year's two bars on a panel's scale, with their figures where `labelled` says. */
    const drawYear =
      (x: ScaleLinear<number, number>, labelled: (year: SentencesYear) => boolean) =>
      (year: SentencesYear, mid: number) => {
        const [start] = x.range() as [number, number];
        const sentenced = markOf(
          sentencedId(year.year),
          words.say('mark-sentenced', { year: String(year.year), count: year.sentenced }),
          year.note,
        );
        const death = markOf(
          deathId(year.year),
          words.say('mark-death', {
            year: String(year.year),
            count: year.toDeath,
            sentenced: year.sentenced,
          }),
          '',
        );
        sentenced.shapes.push(
          bar({ x0: start, x1: x(year.sentenced), y: mid - 9, height: 18, fill: SENTENCED }),
        );
        death.shapes.push(
          bar({ x0: start, x1: x(year.toDeath), y: mid - 5, height: 10, fill: DEATH }),
        );
        // The big years' figures are printed once, on the panel that draws them at their size.
        if (labelled(year)) {
          const [sentencedFigure, deathFigure] = figuresAfter(
            f,
            x(year.sentenced),
            mid,
            [formatCount(year.sentenced)],
            [formatCount(year.toDeath), { ...bold, fill: DEATH }],
          );
          sentenced.shapes.push(sentencedFigure);
          death.shapes.push(deathFigure);
        }
      };

    // The panels: every year on one scale; the quiet years on their own, larger scale.
    const [everySpan, quietSpan] = panelSpans(f, place);
    const everyX = zeroBasedScale(
      all.map((y) => y.sentenced),
      everySpan,
    );
    const quietX = zeroBasedScale(
      all.filter((y) => y.year <= QUIET_UNTIL).map((y) => y.sentenced),
      quietSpan,
    );
    const every = {
      heading: words.say('panel-every'),
      x: everyX,
      rows: shown,
      drawRow: drawYear(everyX, (year) => year.year > QUIET_UNTIL),
    };
    const larger = {
      heading: words.say('panel-quiet', { first: String(all[0]!.year), last: String(QUIET_UNTIL) }),
      x: quietX,
      rows: quiet,
      drawRow: drawYear(quietX, () => true),
    };
    const panels = yearPanels(f, top + 6, {
      panels: [every, larger].filter((panel) => panel.rows.length > 0),
      stacked: place.stacked,
      rowHeight,
      axis: personsAxis(words.say),
      spaceBelow: context,
      besideYear: (year, mid) =>
        year.context
          ? [
              inline(year)
                ? text(
                    f.margin + textWidth(String(year.year), f.text, 'bold') + 10,
                    mid + 5,
                    year.context,
                    f.small,
                    aside,
                  )
                : text(f.margin, mid + f.small + 8, year.context, f.small, aside),
            ]
          : [],
    });
    // Each year's two marks, in the order of the years.
    const ordered = shown.flatMap((year) => [
      marks.get(sentencedId(year.year))!,
      marks.get(deathId(year.year))!,
    ]);
    return {
      beneath: panels.beneath,
      shapes: panels.shapes,
      marks: ordered,
      bottom: panels.bottom,
    };
  });
}

export function sentencesScene(
  years: readonly SentencesYear[],
  variant: PageVariant,
  { heading, source, credit, say }: SceneWords,
): Scene {
  const { title, subtitle } = heading;
  return draw(years, years, variant, { title, subtitle, source, credit, say });
}

/** Two slides of ten years each, on the same scales, so every label keeps its projector size. */
export function sentencesSlides(
  years: readonly SentencesYear[],
  { heading, source, say }: SceneWords,
): Scene[] {
  const halves = [years.slice(0, 10), years.slice(10)];
  return halves.map((shown, index) =>
    draw(years, shown, 'projector', {
      title: say('slide-title', {
        title: numbered(say, heading.title, index, halves.length),
        first: String(shown[0]!.year),
        last: String(shown.at(-1)!.year),
      }),
      subtitle: heading.slideSubtitle,
      source,
      say,
    }),
  );
}
