'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import type { ExplorerData } from '@/lib/charts/explorer-data';
import { palette } from '@/lib/grammar/theme';
import { formatCount } from '@/lib/locale/format';
import { readParam, writeParam } from '@/lib/site/url-state';
import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

import { ChartSound } from './chart-sound';

type Sort = 'source' | 'descending' | 'ascending';
type Scale = 'linear' | 'log';

interface ExplorerBar {
  label: string;
  value: number | null;
  shown: string;
}

/**
 * The explorer: the same figures as the chart, redrawn in the browser with recharts so a person
 * can choose the measure, the order and the scale. Unknown figures stay in the list, labelled as
 * unknown, and never become a zero bar.
 */
export function Explorer({
  data,
  title,
  words,
}: {
  data: ExplorerData;
  title: string;
  words: ClientWords<'explore'>;
}) {
  const id = useId();
  // The explorer runs in the browser only (it is loaded on demand): the page's language writes its figures.
  const locale = document.documentElement.lang;
  // Settings start from the address, so a shared link opens the same view.
  const [measureKey, setMeasureKey] = useState(() => {
    const wanted = readParam('measure');
    return data.measures.find((m) => m.key === wanted)?.key ?? data.measures[0]?.key ?? '';
  });
  const [sort, setSort] = useState<Sort>(() =>
    ['descending', 'ascending'].includes(readParam('sort') ?? '')
      ? (readParam('sort') as Sort)
      : 'source',
  );
  const [scale, setScale] = useState<Scale>(() =>
    readParam('scale') === 'log' ? 'log' : 'linear',
  );
  useEffect(() => {
    writeParam('measure', measureKey === data.measures[0]?.key ? null : measureKey);
    writeParam('sort', sort === 'source' ? null : sort);
    writeParam('scale', scale === 'linear' ? null : scale);
  }, [data.measures, measureKey, sort, scale]);
  const measure = data.measures.find((m) => m.key === measureKey) ?? data.measures[0];

  const bars = useMemo<ExplorerBar[]>(() => {
    const rows = data.rows.flatMap<ExplorerBar>((row) => {
      const quantity = row.values[measureKey];
      if (!quantity) return [];
      if (quantity.status === 'known')
        return [
          {
            label: row.label,
            value: quantity.value,
            shown: formatCount({ locale }, quantity.value),
          },
        ];
      const missing =
        words[quantity.status === 'unknown' ? 'explorer-unknown' : 'explorer-not-given'];
      const label = fill(words['explorer-missing-label'], { label: row.label, missing });
      return [{ label, value: null, shown: missing }];
    });
    if (sort === 'source') return rows;
    const direction = sort === 'ascending' ? 1 : -1;
    // Unknowns go last whatever the order: they have no place on the scale.
    return [...rows].sort((a, b) =>
      a.value === null ? 1 : b.value === null ? -1 : direction * (a.value - b.value),
    );
  }, [data.rows, measureKey, sort, words, locale]);

  const unknowns = bars.filter((bar) => bar.value === null);
  // The figures the sound plays: the known ones, in the chart's order.
  const sounded = useMemo(
    () =>
      bars.flatMap((bar) => (bar.value === null ? [] : [{ label: bar.label, value: bar.value }])),
    [bars],
  );

  return (
    <div className="explorer" data-testid="explorer">
      <div className="explorer-controls">
        <label>
          {words['explorer-measure']}{' '}
          <select value={measureKey} onChange={(event) => setMeasureKey(event.target.value)}>
            {data.measures.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words['explorer-order']}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            {(['source', 'descending', 'ascending'] as const).map((order) => (
              <option key={order} value={order}>
                {words[`explorer-order-${order}`]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{words['explorer-scale']}</legend>
          {(['linear', 'log'] as const).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-scale`}
                value={option}
                checked={scale === option}
                onChange={() => setScale(option)}
              />{' '}
              {words[`explorer-scale-${option}`]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="explorer-caption" id={`${id}-caption`}>
        {fill(words[`explorer-caption-${scale}`], {
          title,
          measure: measure?.label ?? '',
          unit: measure?.unit ?? '',
        })}
      </p>
      <div className="explorer-chart" role="img" aria-labelledby={`${id}-caption`}>
        <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 48 + 60)}>
          <BarChart
            data={bars}
            layout="vertical"
            margin={{ top: 8, right: 96, bottom: 24, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke={palette.grid} />
            <XAxis
              type="number"
              scale={scale}
              domain={scale === 'log' ? [1, 'auto'] : [0, 'auto']}
              allowDataOverflow={scale === 'log'}
              tickFormatter={(value: number) => formatCount({ locale }, value)}
              tick={{ fontSize: 14, fill: palette.inkSoft }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={230}
              tick={{ fontSize: 14, fill: palette.ink }}
            />
            <Tooltip
              formatter={(value) => [
                typeof value === 'number'
                  ? fill(words['explorer-tooltip'], {
                      value: formatCount({ locale }, value),
                      unit: measure?.unit ?? '',
                    })
                  : words['explorer-unknown'],
                measure?.label,
              ]}
            />
            <Bar dataKey="value" fill={palette.blue} isAnimationActive={false}>
              <LabelList
                dataKey="shown"
                position="right"
                style={{ fontSize: 14, fill: palette.ink }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {unknowns.length > 0 && (
        <p className="explorer-unknowns">
          {fill(words['explorer-no-bars'], { labels: unknowns.map((bar) => bar.label).join('; ') })}
        </p>
      )}
      <ChartSound
        points={sounded}
        silent={unknowns.map((bar) => bar.label)}
        title={title}
        measure={measure?.label ?? ''}
        unit={measure?.unit ?? ''}
        rowsLabel={data.rowsLabel ?? ''}
        words={words}
      />
    </div>
  );
}
