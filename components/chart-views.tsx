import type { BuiltChart } from '@/lib/charts/definition';

import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { ViewParam } from './view-param';

/**
 * The chart and its data table, with a Chart/Table switch made of two radio buttons, so it works
 * without JavaScript. In chart view the table is hidden from sight only: a screen reader still
 * reaches it.
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
      <ViewParam name={name} />
      <ChartFigure id={slug} scenes={chart.scenes} />
      <div className="chart-table">
        <DataTable table={chart.table} />
      </div>
    </div>
  );
}
