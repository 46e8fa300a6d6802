import type { BuiltChart } from '@/lib/charts/registry';

import { ChartInteraction } from './chart-interaction';
import { ChartSvg } from './chart-svg';
import { DataTable } from './data-table';

/**
 * The chart and its data table, with a Chart/Table switch made of two radio buttons, so it works
 * without JavaScript. In chart view the table is hidden from sight only: a screen reader still
 * reaches it. Both layouts of the chart are in the HTML; a container query shows the one that fits.
 */
export function ChartViews({ slug, chart }: { slug: string; chart: BuiltChart }) {
  const name = `view-${slug}`;
  return (
    <div className="chart-views" id="chart">
      <fieldset className="view-switch">
        <legend className="visually-hidden">Show the data as</legend>
        <input type="radio" name={name} id={`${name}-chart`} value="chart" defaultChecked />
        <label htmlFor={`${name}-chart`}>Chart</label>
        <input type="radio" name={name} id={`${name}-table`} value="table" />
        <label htmlFor={`${name}-table`}>Table</label>
      </fieldset>
      <ChartInteraction>
        <figure className="chart-figure">
          <div className="chart-wide">
            <ChartSvg scene={chart.scenes.wide} idPrefix={`${slug}-wide`} />
          </div>
          <div className="chart-narrow">
            <ChartSvg scene={chart.scenes.narrow} idPrefix={`${slug}-narrow`} />
          </div>
        </figure>
      </ChartInteraction>
      <div className="chart-table">
        <DataTable table={chart.table} />
      </div>
    </div>
  );
}
