import type { ReactNode } from 'react';

import type { BuiltChart } from '@/lib/charts/definition';
import type { Say } from '@/lib/text/messages';

import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { ServedMarkup } from './served-markup';
import { ViewParam } from './view-param';

/**
 * The chart and its data table, then one row of tools: a Chart/Table switch made of two radio
 * buttons, so it works without JavaScript, and the page's own tools after it. In chart view the
 * table is hidden from sight only: a screen reader still reaches it.
 */
export function ChartViews({
  slug,
  chart,
  labelledBy,
  tools,
  say,
}: {
  slug: string;
  chart: BuiltChart;
  /** The page's heading of the chart, which names the SVG instead of its own title. */
  labelledBy: string;
  tools: ReactNode;
  say: Say;
}) {
  const name = `view-${slug}`;
  return (
    <div className="chart-views" id="chart">
      <ChartFigure id={slug} scenes={chart.scenes} labelledBy={labelledBy} locale={say.locale} />
      <ServedMarkup markupKey="chart-table" className="chart-table">
        <DataTable table={chart.table} />
      </ServedMarkup>
      <div className="chart-tools">
        <fieldset className="view-switch">
          <legend className="visually-hidden">{say('views-legend')}</legend>
          <input type="radio" name={name} id={`${name}-chart`} value="chart" defaultChecked />
          <label htmlFor={`${name}-chart`}>{say('views-chart')}</label>
          <input type="radio" name={name} id={`${name}-table`} value="table" />
          <label htmlFor={`${name}-table`}>{say('views-table')}</label>
        </fieldset>
        <ViewParam name={name} />
        {tools}
      </div>
    </div>
  );
}
