import { formatCount } from '@/lib/locale/format';

import { composeScene } from '@/lib/grammar/compose';
import { personsAxis } from '@/lib/charts/axes';
import type { SceneWords } from '../definition';
import { bar } from '@/lib/grammar/marks/bar';
import { UNKNOWN_PART, stackedBar } from '@/lib/grammar/marks/stack';
import { panelSpans, yearPanels, type PanelPlaces } from '@/lib/grammar/panels';
import { unknownBox } from '@/lib/grammar/marks/unknown';
import { zeroBasedScale } from '@/lib/grammar/scale';
import type { Mark, Scene } from '@/lib/grammar/scene';
import { bold } from '@/lib/grammar/shapes';
import type { Say } from '@/lib/text/messages';
import { figuresAfter } from '../year-figures';
import { frame, palette, type Variant } from '@/lib/grammar/theme';
import { figureOrNone, ids, type GulagYear } from './series';

const CAMPS = palette.sky;
const COLONIES = palette.purple;
const CAMP_DEATHS = palette.vermillion;
const WIDER_DEATHS = palette.orange;

/** Where each frame puts the years and the two panels, side by side or one under the other. */
const PLACES: Record<Variant, PanelPlaces> = {
  wide: { label: 60, widths: [330, 160], gap: 190, stacked: false },
  projector: { label: 70, widths: [280, 140], gap: 234, stacked: false },
  narrow: { label: 50, widths: [160, 160], gap: 0, stacked: true },
};

function describeGulag(years: readonly GulagYear[], say: Say): string {
  const first = years[0]!;
  const last = years.at(-1)!;
  const worst = years.reduce((a, b) => (b.widerDeaths > a.widerDeaths ? b : a));
  return say('describe', {
    firstCamps: first.camps,
    firstYear: String(first.year),
    lastCamps: last.camps,
    lastYear: String(last.year),
    worstYear: String(worst.year),
    worstWider: worst.widerDeaths,
    worstCamps: figureOrNone(worst.campDeaths),
  });
}

/** The chart in any frame: a slide is the whole chart, at projector size. */
export function gulagScene(
  years: readonly GulagYear[],
  variant: Variant,
  { heading, source, credit, say }: SceneWords,
): Scene {
  const f = frame[variant];
  const place = PLACES[variant];
  const [heldSpan, deathsSpan] = panelSpans(f, place);
  const held = zeroBasedScale(
    years.map((y) => y.camps + (y.colonies.status === 'known' ? y.colonies.value : 0)),
    heldSpan,
  );
  const deaths = zeroBasedScale(
    years.flatMap((y) => [y.widerDeaths, y.campDeaths]),
    deathsSpan,
  );
  // Slides keep their rows close, so the chart keeps its type size under its takeaway.
  const rowHeight = f.text + (variant === 'projector' ? 4 : 10);
  const subtitle = variant === 'projector' ? heading.slideSubtitle : heading.subtitle;
  const words = {
    title: heading.title,
    subtitle,
    description: describeGulag(years, say),
    source,
    credit,
  };

  return composeScene(f, words, (top) => {
    const marks: Mark[] = [];

    const heldRow = (year: GulagYear, mid: number) => {
      const [camps, colonies] = stackedBar({
        scale: held,
        y: mid - 9,
        height: 18,
        parts: [
          { value: { status: 'known', value: year.camps }, fill: CAMPS },
          { value: year.colonies, fill: COLONIES },
        ],
      });
      const end =
        held(year.camps + (year.colonies.status === 'known' ? year.colonies.value : 0)) +
        (year.colonies.status === 'known' ? 0 : UNKNOWN_PART + 4);
      const colonyCount = figureOrNone(year.colonies);
      const [campsFigure, coloniesFigure] = figuresAfter(
        f,
        end,
        mid,
        [formatCount(say, year.camps)],
        [say('figure-colonies', { count: colonyCount }), { ...bold, fill: COLONIES }],
      );
      marks.push(
        {
          id: ids.camps(year.year),
          label: say('mark-camps', { year: String(year.year), count: year.camps }),
          note: year.note || undefined,
          shapes: [...camps!, campsFigure],
        },
        {
          id: ids.colonies(year.year),
          label: say('mark-colonies', { year: String(year.year), count: colonyCount }),
          shapes: [...colonies!, coloniesFigure],
        },
      );
    };

    const deathsRow = (year: GulagYear, mid: number) => {
      const [start] = deaths.range() as [number, number];
      const campDeaths = year.campDeaths;
      const campEnd =
        campDeaths.status === 'known' ? deaths(campDeaths.value) : start + UNKNOWN_PART;
      const campCount = figureOrNone(campDeaths);
      const [campFigure, widerFigure] = figuresAfter(
        f,
        Math.max(campEnd, deaths(year.widerDeaths)),
        mid,
        [say('figure-camp-deaths', { count: campCount }), { ...bold, fill: CAMP_DEATHS }],
        [formatCount(say, year.widerDeaths)],
      );
      marks.push(
        {
          id: ids.campDeaths(year.year),
          label: say('mark-camp-deaths', { year: String(year.year), count: campCount }),
          shapes: [
            campDeaths.status === 'known'
              ? bar({ x0: start, x1: campEnd, y: mid - 9, height: 8, fill: CAMP_DEATHS })
              : unknownBox(start, mid - 9, UNKNOWN_PART, 8),
            campFigure,
          ],
        },
        {
          id: ids.widerDeaths(year.year),
          label: say('mark-wider-deaths', { year: String(year.year), count: year.widerDeaths }),
          shapes: [
            bar({
              x0: start,
              x1: deaths(year.widerDeaths),
              y: mid + 1,
              height: 8,
              fill: WIDER_DEATHS,
            }),
            widerFigure,
          ],
        },
      );
    };

    const panels = yearPanels(f, top + 6, {
      panels: [
        { heading: say('panel-held'), x: held, rows: years, drawRow: heldRow },
        {
          heading: say(place.stacked ? 'panel-deaths-stacked' : 'panel-deaths'),
          x: deaths,
          rows: years,
          drawRow: deathsRow,
        },
      ],
      stacked: place.stacked,
      rowHeight,
      axis: personsAxis(say),
    });
    return { beneath: panels.beneath, shapes: panels.shapes, marks, bottom: panels.bottom };
  });
}
