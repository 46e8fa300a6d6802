'use client';

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

import { PREDICT_PANEL, type PredictSeries } from '@/lib/present/predict';
import { readParam, writeParam } from '@/lib/site/url-state';
import type { ClientWords } from '@/lib/text/client-words';

import type { PredictChart as PredictChartType } from './predict-chart';
import { useScripted } from './use-scripted';

/** The predict chart's code, fetched when asked for: the chart page does not load it by itself. */
const loadPredict = () => import('./predict-chart').then((module) => module.PredictChart);

/**
 * Predict mode on a chart's page: the chart, its table and its finding are hidden, and the class
 * sets the shape it expects before it sees them (`?predict=open` opens the page so). Offered only
 * once the page's scripts run: without them the button would do nothing.
 */
export function PredictButton({
  series,
  words,
  locale,
  slug,
}: {
  series: PredictSeries;
  words: ClientWords<'predict'>;
  locale: string;
  slug: string;
}) {
  const scripted = useScripted();
  const [Chart, setChart] = useState<typeof PredictChartType | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open' | 'failed'>('closed');
  const section = useRef<HTMLElement>(null);
  /** Opened by the button, not by the address: the drawing is brought into view once it is there. */
  const asked = useRef(false);

  const load = () =>
    loadPredict().then(
      (chart) => {
        setChart(() => chart);
        setState('open');
      },
      () => setState('failed'),
    );
  const open = () => {
    asked.current = true;
    writeParam('predict', 'open');
    setState('loading');
    load();
  };
  const close = () => {
    setState('closed');
    writeParam('predict', null);
  };

  // A shared address in predict mode opens in it.
  useEffect(() => {
    if (readParam('predict')) load();
  }, []);

  // The chart, its table and its finding give the answer away: the page's CSS hides them. Hiding
  // them moves what follows, so a drawing opened from the button is brought into view.
  useEffect(() => {
    document.querySelector('.chart-page')?.toggleAttribute('data-predicting', state === 'open');
    if (state === 'open' && asked.current) section.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);

  const panel = typeof document === 'undefined' ? null : document.getElementById(PREDICT_PANEL);
  if (!scripted) return null;
  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-expanded={state === 'open'}
        aria-controls={PREDICT_PANEL}
        onClick={state === 'open' ? close : open}
      >
        {state === 'open' ? words['predict-close'] : words['predict-open']}
      </button>
      {panel &&
        createPortal(
          <>
            {state === 'loading' && <p className="status">{words['predict-loading']}</p>}
            {state === 'failed' && <p className="status error">{words['predict-failed']}</p>}
            {state === 'open' && Chart && (
              <section aria-labelledby="predict-heading" className="predict-section" ref={section}>
                <h2 id="predict-heading">{words['predict-heading']}</h2>
                <Chart
                  series={series}
                  words={words}
                  locale={locale}
                  variant="page"
                  id={`predict-${slug}`}
                />
              </section>
            )}
          </>,
          panel,
        )}
    </>
  );
}
