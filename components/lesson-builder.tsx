'use client';

import { useMemo, useState } from 'react';

import {
  LESSON_PARAM,
  LESSON_PARTS,
  lessonOrder,
  orderSlidePath,
  parseLesson,
  withLesson,
  type DeckIndex,
  type LessonPart,
  type LessonPick,
} from '@/lib/present/lesson';
import { presenterPath } from '@/lib/present/sync';
import { classShareLinks } from '@/lib/site/class-share';
import { localePath, withBase } from '@/lib/site/paths';
import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

import { CopyButton } from './copy-button';
import { useAddressSearch, useLanguageSwitchKeepsLesson } from './use-deck-order';
import { useScripted } from './use-scripted';

const PARTS = Object.keys(LESSON_PARTS) as LessonPart[];
const KIND_WORD = {
  p: 'overview-kind-predict',
  c: 'overview-kind-chart',
  s: 'overview-kind-check',
  q: 'overview-kind-discuss',
} as const;

/** Every chart as a row: the lesson's, in its order, then the others in the deck's. */
function rowsOf(picks: readonly LessonPick[], charts: readonly { slug: string }[]): LessonPick[] {
  const rest = charts.filter((chart) => !picks.some((pick) => pick.slug === chart.slug));
  return [...picks, ...rest.map(({ slug }) => ({ slug, parts: [] }))];
}

/**
 * The teacher's lesson, built on the page and kept in its address (`?c=…`, written back as she
 * chooses, so that the page's own address is the lesson): which charts, which of each chart's
 * slides, in which order. It offers the lesson's slides, presenter view, print and handouts, each
 * an address of the deck with the lesson in it, and the address to copy or share with a class.
 * Nothing is stored anywhere but in that address. Disabled until the page's scripts run.
 */
export function LessonBuilder({
  charts,
  deck,
  titles,
  words,
  copyWords,
  locale,
}: {
  charts: readonly { slug: string; title: string }[];
  deck: DeckIndex;
  /** Every slide's title, by its number less one. */
  titles: readonly string[];
  words: ClientWords<'lesson'>;
  copyWords: ClientWords<'copy'>;
  locale: string;
}) {
  const scripted = useScripted();
  const search = useAddressSearch();
  useLanguageSwitchKeepsLesson();
  const read = useMemo(
    () => parseLesson(new URLSearchParams(search).getAll(LESSON_PARAM), deck),
    [search, deck],
  );
  const [edited, setEdited] = useState<LessonPick[] | null>(null);
  const rows = edited ?? rowsOf(read.picks, charts);
  const picks = rows.filter((row) => row.parts.length > 0);
  const order = lessonOrder(picks, deck);
  const titleOf = (slug: string) => charts.find((chart) => chart.slug === slug)?.title ?? slug;

  const change = (next: LessonPick[]) => {
    setEdited(next);
    const lesson = lessonOrder(
      next.filter((row) => row.parts.length > 0),
      deck,
    );
    window.history.replaceState(
      null,
      '',
      withBase(withLesson(localePath(locale, '/present/lesson'), lesson)),
    );
  };
  const toggle = (slug: string, part: LessonPart) =>
    change(
      rows.map((row) =>
        row.slug !== slug
          ? row
          : {
              slug,
              parts: row.parts.includes(part)
                ? row.parts.filter((p) => p !== part)
                : PARTS.filter((p) => p === part || row.parts.includes(p)),
            },
      ),
    );
  const move = (from: number, to: number) => {
    const next = [...rows];
    const [row] = next.splice(from, 1);
    next.splice(to, 0, row!);
    change(next);
  };

  const address = scripted
    ? new URL(
        withBase(withLesson(localePath(locale, '/present/lesson'), order)),
        window.location.href,
      ).href
    : '';
  const share = classShareLinks(address, words['lesson-heading']);
  return (
    <div className="lesson-builder">
      <fieldset disabled={!scripted}>
        <legend>{words['lesson-charts']}</legend>
        <ol className="lesson-rows">
          {rows.map((row, i) => {
            const title = titleOf(row.slug);
            return (
              <li key={row.slug} data-chart={row.slug}>
                <span className="lesson-chart" id={`lesson-${row.slug}`}>
                  {title}
                </span>
                <span className="lesson-parts" role="group" aria-labelledby={`lesson-${row.slug}`}>
                  {/* A chart without a yearly series to predict has no predict slide. */}
                  {PARTS.filter((part) => deck.charts[row.slug]?.[part].length).map((part) => (
                    <label key={part}>
                      <input
                        type="checkbox"
                        checked={row.parts.includes(part)}
                        onChange={() => toggle(row.slug, part)}
                      />{' '}
                      {words[KIND_WORD[part]]}
                    </label>
                  ))}
                </span>
                <span className="lesson-move">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => move(i, i - 1)}
                    disabled={i === 0}
                    aria-label={fill(words['lesson-up'], { title })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => move(i, i + 1)}
                    disabled={i === rows.length - 1}
                    aria-label={fill(words['lesson-down'], { title })}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>

      {read.unknown.length > 0 && edited === null && (
        <p className="lesson-unknown" role="note">
          {fill(words['lesson-unknown'], { items: read.unknown.join(', ') })}
        </p>
      )}

      {/* The server's HTML cannot read the address: the lesson shows once the scripts run. */}
      {scripted && (
        <section aria-labelledby="lesson-slides" className="lesson-summary">
          <h2 id="lesson-slides" aria-live="polite">
            {fill(words['lesson-slides'], {
              count: String(picks.length ? order.slides.length : 0),
            })}
          </h2>
          {picks.length === 0 ? (
            <p>{words['lesson-empty']}</p>
          ) : (
            <>
              <ol className="lesson-slide-list">
                {order.slides.map((n) => (
                  <li key={n}>
                    <a href={withBase(orderSlidePath(order, n, locale))}>{titles[n - 1]}</a>
                  </li>
                ))}
              </ol>
              <p className="lesson-actions">
                <a className="button" href={withBase(orderSlidePath(order, 1, locale))}>
                  {words['lesson-start']}
                </a>
                <a
                  className="button"
                  href={withBase(withLesson(presenterPath(1, locale), order))}
                  target="deck-presenter"
                >
                  {words['lesson-presenter']}
                </a>
                <a href={withBase(withLesson(localePath(locale, '/present/print'), order))}>
                  {words['lesson-print']}
                </a>
                <a href={withBase(withLesson(localePath(locale, '/present/handouts'), order))}>
                  {words['lesson-handouts']}
                </a>
              </p>
              <p className="lesson-address">
                {words['lesson-address']} <code id="lesson-address">{address}</code>{' '}
                <CopyButton
                  text={address}
                  targetId="lesson-address"
                  label={words['lesson-copy']}
                  words={copyWords}
                />
              </p>
              <p className="class-share">
                {words['share-class']}{' '}
                <a href={share.classroom} target="_blank" rel="noopener noreferrer">
                  {words['share-classroom']}
                </a>{' '}
                ·{' '}
                <a href={share.teams} target="_blank" rel="noopener noreferrer">
                  {words['share-teams']}
                </a>
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
