import { max, scaleLinear, type ScaleLinear } from 'd3';

/** A panel's place and its own value scale, upwards from its bottom. */
export interface Panel {
  top: number;
  bottom: number;
  y: ScaleLinear<number, number>;
}

/**
 * Panels stacked down the page that share one time axis but each have a value scale of their own:
 * a long series whose peak would flatten its quieter years gets a second panel for those years on
 * a scale that shows them, labelled as such, instead of a broken axis.
 */
export function stackedPanels(
  top: number,
  panels: readonly { height: number; values: readonly number[] }[],
  gap: number,
): Panel[] {
  let at = top;
  return panels.map((panel) => {
    const placed = {
      top: at,
      bottom: at + panel.height,
      y: scaleLinear()
        .domain([0, max(panel.values) ?? 1])
        .nice()
        .range([at + panel.height, at]),
    };
    at += panel.height + gap;
    return placed;
  });
}
