import { known } from '@/lib/data/quantity';
import { formatCount } from '@/lib/locale/format';

import { composeScene, subtitleOn } from '@/lib/grammar/compose';
import { personsAxis } from '@/lib/charts/axes';
import type { SceneWords } from '../definition';
import { yearPanels, type PanelRow } from '@/lib/grammar/panels';
import type { Scene } from '@/lib/grammar/scene';
import type { Say } from '@/lib/text/messages';
import { frame, palette, type Variant } from '@/lib/grammar/theme';
import { figureOrNone, ids, type GulagYear } from './series';

const CAMPS = palette.sky;
const COLONIES = palette.purple;
const CAMP_DEATHS = palette.vermillion;
const WIDER_DEATHS = palette.orange;

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

/** Those held on 1 January: one bar of the camps and, after them, the colonies. */
const heldRow = (y: GulagYear, say: Say): PanelRow => {
  const year = String(y.year);
  const colonies = figureOrNone(y.colonies);
  return {
    year: y.year,
    lanes: [
      [
        {
          id: ids.camps(y.year),
          label: say('mark-camps', { year, count: y.camps }),
          note: y.note || undefined,
          value: known(y.camps),
          fill: CAMPS,
          figure: formatCount(say, y.camps),
        },
        {
          id: ids.colonies(y.year),
          label: say('mark-colonies', { year, count: colonies }),
          value: y.colonies,
          fill: COLONIES,
          figure: say('figure-colonies', { count: colonies }),
          emphasised: true,
        },
      ],
    ],
  };
};

/** The year's deaths: the camps' own count over the wider series, never added together. */
const deathsRow = (y: GulagYear, say: Say): PanelRow => {
  const year = String(y.year);
  const camps = figureOrNone(y.campDeaths);
  return {
    year: y.year,
    lanes: [
      [
        {
          id: ids.campDeaths(y.year),
          label: say('mark-camp-deaths', { year, count: camps }),
          value: y.campDeaths,
          fill: CAMP_DEATHS,
          figure: say('figure-camp-deaths', { count: camps }),
          emphasised: true,
        },
      ],
      [
        {
          id: ids.widerDeaths(y.year),
          label: say('mark-wider-deaths', { year, count: y.widerDeaths }),
          value: known(y.widerDeaths),
          fill: WIDER_DEATHS,
          figure: formatCount(say, y.widerDeaths),
        },
      ],
    ],
  };
};

/**
 * Two panels of the years, each on its own scale: those held, and the deaths, whose scale is
 * far smaller. Side by side, the held panel's bars take twice the deaths' width; on a phone the
 * panels stand one under the other. A slide is the whole chart, at projector size.
 */
export function gulagScene(
  years: readonly GulagYear[],
  variant: Variant,
  { heading, source, credit, say }: SceneWords,
): Scene {
  const f = frame[variant];
  const stacked = variant === 'narrow';
  const words = {
    title: heading.title,
    subtitle: subtitleOn(heading, variant),
    description: describeGulag(years, say),
    source,
    credit,
  };
  return composeScene(f, words, (top) => {
    const panels = yearPanels(f, top + 6, {
      panels: [
        { heading: say('panel-held'), rows: years.map((y) => heldRow(y, say)), weight: 2 },
        {
          heading: say(stacked ? 'panel-deaths-stacked' : 'panel-deaths'),
          rows: years.map((y) => deathsRow(y, say)),
          weight: 1,
        },
      ],
      stacked,
      axis: personsAxis(say),
    });
    return {
      beneath: panels.beneath,
      shapes: panels.shapes,
      marks: panels.marks,
      bottom: panels.bottom,
    };
  });
}
