'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

import { palette } from '@/lib/grammar/theme';
import { formatCount } from '@/lib/locale/format';
import {
  biggestGap,
  nudge,
  PAGE_STEPS,
  setGuess,
  startingGuess,
  type PredictSeries,
} from '@/lib/present/predict';
import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

import { useScripted } from './use-scripted';

/**
 * Type sizes in the SVG's units: a page's drawing is about as wide as its column (one unit a pixel,
 * from 343 to 960), a slide's is 960 wide, drawn at about its own size on a projector, so that its
 * labels stay at 20 px or more there, as the charts' do.
 */
const SIZES = {
  page: { text: 15, height: 360 },
  projector: { text: 23, height: 300 },
} as const;
export type PredictVariant = keyof typeof SIZES;

/** A digit's width in DejaVu Sans, the charts' font, as a share of its size; a space is narrower. */
const DIGIT = 0.64;

/** The page's column width, once the page's scripts can measure it; 960 until then and on slides. */
function useWidth(variant: PredictVariant) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(960);
  useEffect(() => {
    const element = ref.current;
    if (variant === 'projector' || !element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry!.contentRect.width);
      if (measured > 0) setWidth(Math.min(960, Math.max(320, measured)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [variant]);
  return [ref, width] as const;
}

/**
 * Predict, then reveal: the class sets the shape it expects of a yearly series (the first year is
 * given), by pointer or by keyboard, then sees the data drawn over its guess and one sentence on
 * where the two are furthest apart. Each year is a slider; the group is one Tab stop, ← and →
 * move between years, ↑ and ↓ (Page Up, Page Down) move a year's guess. Nothing leaves the page.
 */
export function PredictChart({
  series,
  words,
  locale,
  variant,
  id,
}: {
  series: PredictSeries;
  words: ClientWords<'predict'>;
  locale: string;
  variant: PredictVariant;
  id: string;
}) {
  const scripted = useScripted();
  const [ref, width] = useWidth(variant);
  const [guess, setGuessValues] = useState(() => startingGuess(series));
  const [revealed, setRevealed] = useState(false);
  const [active, setActive] = useState(1);
  const [dragging, setDragging] = useState(false);
  const sliders = useRef<(SVGGElement | null)[]>([]);

  const { points, top, ticks } = series;
  const { text, height } = SIZES[variant];
  const count = (value: number) => formatCount({ locale }, value);
  const tickLabels = ticks.map(count);
  const left =
    Math.ceil(Math.max(...tickLabels.map((label) => label.length)) * DIGIT * text) + text;
  // Room for half the last year's label, centred on its point.
  const right = Math.ceil(2 * DIGIT * text) + 2;
  const plotTop = text * 2.2;
  const bottom = text * 2.4;
  const x = (i: number) => left + (i * (width - left - right)) / (points.length - 1);
  const y = (value: number) => plotTop + (1 - value / top) * (height - plotTop - bottom);
  // Year labels as far apart as a label is wide, the first and last always.
  const spacing = (width - left - right) / (points.length - 1);
  const every = Math.ceil((4 * DIGIT * text + text * 0.6) / spacing);
  const labelled = (i: number) => i % every === 0 || i === points.length - 1;
  const labelClear = (i: number) =>
    labelled(i) && (i === points.length - 1 || points.length - 1 - i >= every);
  const radius = Math.max(6, Math.min(text * 0.45, spacing * 0.4));

  const moveTo = (index: number) => {
    const kept = Math.min(points.length - 1, Math.max(1, index));
    setActive(kept);
    sliders.current[kept]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const steps = { ArrowUp: 1, ArrowDown: -1, PageUp: PAGE_STEPS, PageDown: -PAGE_STEPS }[
      event.key
    ];
    if (steps !== undefined) {
      if (!revealed) setGuessValues((values) => nudge(series, values, index, steps));
    } else if (event.key === 'ArrowLeft') moveTo(index - 1);
    else if (event.key === 'ArrowRight') moveTo(index + 1);
    else if (event.key === 'Home') moveTo(1);
    else if (event.key === 'End') moveTo(points.length - 1);
    else if (event.key === 'Escape') (event.currentTarget as SVGGElement).blur();
    else return;
    event.preventDefault();
  };

  /** The year under the pointer, and the value at its height, in the SVG's units. */
  const pointAt = (event: PointerEvent<SVGSVGElement>) => {
    const svg = event.currentTarget;
    const matrix = svg.getScreenCTM();
    if (!matrix) return null;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const index = Math.round(((at.x - left) / (width - left - right)) * (points.length - 1));
    const value = ((height - bottom - at.y) / (height - plotTop - bottom)) * top;
    return { index, value };
  };
  // A pointer past the last year (or before the second, the first being given) draws the year at
  // that end, as a drag to the edge of the drawing is meant to.
  const drawAt = (event: PointerEvent<SVGSVGElement>) => {
    const found = pointAt(event);
    if (!found) return;
    const index = Math.min(points.length - 1, Math.max(1, found.index));
    setGuessValues((values) => setGuess(series, values, index, found.value));
    setActive(index);
  };

  const gap = revealed ? biggestGap(series, guess) : null;
  const guessLine = guess.map((value, i) => `${x(i)},${y(value)}`).join(' ');
  // The data's line breaks where the source gives no number: an unknown is not drawn as a value.
  const dataRuns: string[] = [];
  let run: string[] = [];
  points.forEach((point, i) => {
    if (point.value === null) {
      if (run.length) dataRuns.push(run.join(' '));
      run = [];
    } else run.push(`${x(i)},${y(point.value)}`);
  });
  if (run.length) dataRuns.push(run.join(' '));

  const valueText = (i: number) => {
    const year = points[i]!.label;
    const actual = points[i]!.value;
    if (!revealed) return fill(words['predict-year'], { year, guess: count(guess[i]!) });
    return actual === null
      ? fill(words['predict-year-unknown'], { year, guess: count(guess[i]!) })
      : fill(words['predict-year-revealed'], {
          year,
          guess: count(guess[i]!),
          actual: count(actual),
        });
  };

  return (
    <div className={`predict predict-${variant}`} ref={ref}>
      <p className="predict-lede">
        {fill(words[variant === 'projector' ? 'predict-slide-lede' : 'predict-lede'], {
          first: points[0]!.label,
        })}
      </p>
      <div className="predict-figure">
        <svg
          className="predict-svg"
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={words['predict-group']}
          // A drawing by pointer is the chart's: the deck does not take it for a swipe, and the
          // handle it starts on takes no focus, which would keep a clicker's keys from the deck.
          onPointerDown={(event) => {
            event.stopPropagation();
            if (revealed || !scripted) return;
            event.preventDefault();
            event.currentTarget.setPointerCapture(event.pointerId);
            setDragging(true);
            drawAt(event);
          }}
          onPointerMove={(event) => dragging && drawAt(event)}
          onPointerUp={(event) => {
            event.stopPropagation();
            setDragging(false);
          }}
          onPointerCancel={() => setDragging(false)}
          data-revealed={revealed || undefined}
        >
          <text x={0} y={text} fontSize={text} fill={palette.inkSoft}>
            {fill(words['predict-axis'], { measure: series.measure, unit: series.unit })}
          </text>
          {ticks.map((tick, i) => (
            <g key={tick}>
              <line
                x1={left}
                x2={width - right}
                y1={y(tick)}
                y2={y(tick)}
                stroke={tick === 0 ? palette.ink : palette.grid}
              />
              <text
                x={left - text * 0.4}
                y={y(tick) + text * 0.35}
                fontSize={text}
                textAnchor="end"
                fill={palette.ink}
              >
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {points.map((point, i) =>
            labelClear(i) ? (
              <text
                key={point.label}
                x={x(i)}
                y={height - text * 0.6}
                fontSize={text}
                textAnchor="middle"
                fill={palette.ink}
              >
                {point.label}
              </text>
            ) : null,
          )}
          <polyline
            points={guessLine}
            fill="none"
            stroke={palette.blue}
            strokeWidth={3}
            strokeDasharray="8 5"
          />
          {revealed &&
            dataRuns.map((line) => (
              <polyline
                key={line}
                points={line}
                fill="none"
                stroke={palette.ink}
                strokeWidth={4}
                className="predict-data"
              />
            ))}
          {revealed &&
            points.map((point, i) =>
              point.value === null ? (
                <text
                  key={point.label}
                  x={x(i)}
                  y={y(0) - text * 0.4}
                  fontSize={text}
                  textAnchor="middle"
                  fill={palette.unknown}
                >
                  ?
                </text>
              ) : (
                <circle
                  key={point.label}
                  cx={x(i)}
                  cy={y(point.value)}
                  r={radius * 0.7}
                  fill={palette.ink}
                  className="predict-data"
                />
              ),
            )}
          <circle cx={x(0)} cy={y(points[0]!.value!)} r={radius} fill={palette.ink}>
            <title>
              {fill(words['predict-given'], {
                year: points[0]!.label,
                value: count(points[0]!.value!),
              })}
            </title>
          </circle>
          {points.map((point, i) =>
            i === 0 ? null : (
              <g
                key={point.label}
                ref={(element) => {
                  sliders.current[i] = element;
                }}
                role="slider"
                tabIndex={scripted && i === active ? 0 : -1}
                aria-label={point.label}
                aria-valuemin={0}
                aria-valuemax={top}
                aria-valuenow={guess[i]}
                aria-valuetext={valueText(i)}
                aria-orientation="vertical"
                aria-readonly={revealed || undefined}
                onKeyDown={(event) => onKeyDown(event, i)}
                onFocus={() => setActive(i)}
                className="predict-handle"
              >
                {/* A target of 24 px or more around a handle drawn smaller. */}
                <rect
                  x={x(i) - spacing / 2}
                  y={plotTop}
                  width={spacing}
                  height={height - plotTop - bottom}
                  fill="transparent"
                />
                <circle
                  cx={x(i)}
                  cy={y(guess[i]!)}
                  r={radius}
                  fill="#fff"
                  stroke={palette.blue}
                  strokeWidth={3}
                />
              </g>
            ),
          )}
        </svg>
      </div>
      <div className="predict-bar">
        <p className="predict-legend">
          <span className="predict-key predict-key-guess" aria-hidden="true" />{' '}
          {words['predict-guess']}
          {revealed && (
            <>
              {' '}
              <span className="predict-key predict-key-data" aria-hidden="true" />{' '}
              {words['predict-data']}
              {points.some((point) => point.value === null) && (
                <> · ? {words['predict-no-number']}</>
              )}
            </>
          )}
        </p>
        {scripted ? (
          <p className="predict-actions">
            <button
              type="button"
              className="button"
              onClick={() => setRevealed((shown) => !shown)}
              aria-controls={`${id}-result`}
            >
              {revealed ? words['predict-again'] : words['predict-reveal']}
            </button>
          </p>
        ) : (
          <p className="needs-scripts">{words['predict-needs-scripts']}</p>
        )}
      </div>
      {/* Its room kept before the reveal, so that nothing moves when the sentence comes. */}
      <p className="predict-result" id={`${id}-result`} role="status">
        {revealed &&
          (gap
            ? fill(words['predict-gap'], {
                year: gap.label,
                guess: count(gap.guess),
                actual: count(gap.actual),
              })
            : words['predict-match'])}
      </p>
      <p className="predict-source">{series.source[variant === 'projector' ? 'short' : 'full']}</p>
    </div>
  );
}
