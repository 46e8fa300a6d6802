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
import { bold, text, type TextStyle } from '@/lib/grammar/shapes';
import { textWidth } from '@/lib/grammar/measure';
import { frame, palette, type Variant } from '@/lib/grammar/theme';
import { ids, type GulagYear } from './series';

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

function describeGulag(years: readonly GulagYear[]): string {
  const first = years[0]!;
  const last = years.at(-1)!;
  const worst = years.reduce((a, b) => (b.widerDeaths > a.widerDeaths ? b : a));
  return `The Gulag's camps held ${formatCount(first.camps)} people on 1 January ${first.year} and ${formatCount(last.camps)} on 1 January ${last.year}; the colonies have no figure before 1935 in these sources. Deaths, in two series never spliced: the most in ${worst.year}, ${formatCount(worst.widerDeaths)} in the wider series${worst.campDeaths.status === 'known' ? ` and ${formatCount(worst.campDeaths.value)} in the camps' own` : ''}.`;
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
    description: describeGulag(years),
    source,
    credit,
  };

  return composeScene(f, words, (top) => {
    const marks: Mark[] = [];
    const value = (x: number, y: number, words: string, style: TextStyle = {}) =>
      text(x, y, words, f.small, style);

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
      const campsText = formatCount(year.camps);
      const coloniesText =
        year.colonies.status === 'known' ? formatCount(year.colonies.value) : '? colonies';
      marks.push(
        {
          id: ids.camps(year.year),
          label: `${year.year}, in the camps on 1 January: ${campsText} persons`,
          note: year.note || undefined,
          shapes: [...camps!, value(end + 8, mid + 5, campsText)],
        },
        {
          id: ids.colonies(year.year),
          label: `${year.year}, in the colonies (with prisons to 1938) on 1 January: ${year.colonies.status === 'known' ? `${coloniesText} persons` : 'unknown, no figure in these sources'}`,
          shapes: [
            ...colonies!,
            value(end + 16 + textWidth(campsText, f.small), mid + 5, coloniesText, {
              ...bold,
              fill: COLONIES,
            }),
          ],
        },
      );
    };

    const deathsRow = (year: GulagYear, mid: number) => {
      const [start] = deaths.range() as [number, number];
      const campDeaths = year.campDeaths;
      const campEnd =
        campDeaths.status === 'known' ? deaths(campDeaths.value) : start + UNKNOWN_PART;
      const campText = campDeaths.status === 'known' ? formatCount(campDeaths.value) : '?';
      const end = Math.max(campEnd, deaths(year.widerDeaths));
      marks.push(
        {
          id: ids.campDeaths(year.year),
          label: `${year.year}, deaths in the camps (Zemskov): ${campDeaths.status === 'known' ? `${campText} persons` : 'unknown, no figure in this series'}`,
          shapes: [
            campDeaths.status === 'known'
              ? bar({ x0: start, x1: campEnd, y: mid - 9, height: 8, fill: CAMP_DEATHS })
              : unknownBox(start, mid - 9, UNKNOWN_PART, 8),
            value(end + 8, mid + 5, campText, { ...bold, fill: CAMP_DEATHS }),
          ],
        },
        {
          id: ids.widerDeaths(year.year),
          label: `${year.year}, deaths in the wider series (Applebaum): ${formatCount(year.widerDeaths)} persons`,
          shapes: [
            bar({
              x0: start,
              x1: deaths(year.widerDeaths),
              y: mid + 1,
              height: 8,
              fill: WIDER_DEATHS,
            }),
            value(
              end + 16 + textWidth(campText, f.small, 'bold'),
              mid + 5,
              formatCount(year.widerDeaths),
            ),
          ],
        },
      );
    };

    const panels = yearPanels(f, top + 6, {
      panels: [
        { heading: 'Held on 1 January', x: held, rows: years, drawRow: heldRow },
        {
          heading: place.stacked ? 'Deaths during the year' : 'Deaths per year (own scale)',
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
