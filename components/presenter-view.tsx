'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { slidePath } from '@/lib/present/deck';
import { deckAction } from '@/lib/present/keys';
import {
  orderSlidePath,
  positionOf,
  slideAt,
  wholeDeck,
  withLesson,
  type DeckIndex,
} from '@/lib/present/lesson';
import { DECK_CHANNEL, presenterPath, slideOfSearch, type DeckMessage } from '@/lib/present/sync';

import { withBase } from '@/lib/site/paths';
import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

import { OfflineStatus } from './offline-status';
import { useDeckOrder } from './use-deck-order';

export interface PresenterSlide {
  title: string;
  notes: string;
  /** The teacher's page of the chart the slide belongs to, if it belongs to one. */
  teach: string | null;
}

/** The address changes only by the window's own moves (replaceState), never from outside. */
const onAddressChange = () => () => undefined;

/** The projector's size until the audience's window says its own. */
const PROJECTOR = { width: 1280, height: 720 };

/**
 * A slide page as the class sees it, without its scripts, to draw in a frame that runs none: the
 * deck's pages refuse to be framed, and the presenter needs their look, not their behaviour.
 */
async function slideMarkup(n: number, locale: string): Promise<string> {
  const response = await fetch(withBase(slidePath(n, locale)));
  if (!response.ok) throw new Error(`slide ${n}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  page.querySelectorAll('script, link[as="script"]').forEach((element) => element.remove());
  return `<!DOCTYPE html>${page.documentElement.outerHTML}`;
}

/** One slide, drawn at the audience's size and scaled down to the box it is given. */
function SlidePreview({
  n,
  label,
  screen,
  markup,
  words,
}: {
  n: number;
  label: string;
  words: ClientWords<'presenter'>;
  screen: { width: number; height: number };
  /** Not yet fetched (undefined), or could not be (null). */
  markup: string | null | undefined;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current!;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const scale = width / screen.width;
  return (
    <div
      ref={box}
      className="presenter-slide"
      style={{ height: width ? screen.height * scale : undefined }}
      data-slide={n}
    >
      {markup ? (
        <iframe
          title={label}
          srcDoc={markup}
          sandbox="allow-same-origin"
          tabIndex={-1}
          style={{
            width: screen.width,
            height: screen.height,
            transform: `scale(${scale})`,
          }}
        />
      ) : (
        <p className="presenter-loading" role="status">
          {fill(words[markup === null ? 'presenter-slide-failed' : 'presenter-slide-loading'], {
            n: String(n),
          })}
        </p>
      )}
    </div>
  );
}

const two = (n: number) => String(n).padStart(2, '0');

/** Elapsed time as a clock does: "4:05", or "1:02:03" past the hour. */
function elapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return h ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/**
 * The teacher's window: the slide the class sees and the next one, the notes, the slide number, a
 * clock and the time since the start. It moves the audience's window and follows it (keys,
 * clicks), over a BroadcastChannel; it needs no server, so it works offline as the deck does.
 */
export function PresenterView({
  slides,
  deck,
  words,
  offlineWords,
  locale,
}: {
  slides: readonly PresenterSlide[];
  deck: DeckIndex;
  words: ClientWords<'presenter'>;
  offlineWords: ClientWords<'offline'>;
  /** The deck's language: the slides it draws and opens are the deck's in it. */
  locale: string;
}) {
  const total = slides.length;
  // The slide the address names (?slide=4) until a move or the audience's window says otherwise.
  const addressed = useSyncExternalStore(
    onAddressChange,
    () => slideOfSearch(window.location.search, total),
    () => 1,
  );
  const [moved, setMoved] = useState<number | null>(null);
  const current = moved ?? addressed;
  // The lesson the address names, or the whole deck; the whole deck where the class's window
  // shows a slide the lesson does not hold.
  const lesson = useDeckOrder(deck);
  const order = positionOf(lesson, current) > 0 ? lesson : wholeDeck(total);
  const position = positionOf(order, current);
  const count = order.slides.length;
  // The slide shown and the order, for the handlers, which may run twice before a render.
  const at = useRef(current);
  const following = useRef(order);
  const [audience, setAudience] = useState<{ width: number; height: number } | null>(null);
  const [markup, setMarkup] = useState<Record<number, string | null>>({});
  const requested = useRef(new Set<number>());
  const [now, setNow] = useState<number | null>(null);
  const [start, setStart] = useState<number | null>(null);
  const typed = useRef('');
  const [shownTyped, setShownTyped] = useState('');
  const channel = useRef<BroadcastChannel | null>(null);

  const show = (n: number) => {
    at.current = n;
    setMoved(n);
  };
  const post = (message: DeckMessage) => channel.current?.postMessage(message);
  const go = (n: number) => {
    show(n);
    post({ type: 'go', slide: n });
  };

  // Joins the audience's window and asks where it stands.
  // Keys move both windows; the clock ticks each second.
  useEffect(() => {
    const joined = new BroadcastChannel(DECK_CHANNEL);
    joined.onmessage = ({ data }: MessageEvent<DeckMessage>) => {
      if (data.type !== 'showing') return;
      show(data.slide);
      setAudience({ width: data.width, height: data.height });
    };
    joined.postMessage({ type: 'where' } satisfies DeckMessage);
    channel.current = joined;

    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Enter and Space on a button or link press it, as everywhere else, except Enter after a
      // slide number typed.
      const control = (event.target as Element).closest('a, button');
      const pressing = event.key === ' ' || (event.key === 'Enter' && !typed.current);
      if (control && pressing) return;
      const action = deckAction(event.key, {
        index: positionOf(following.current, at.current),
        total: following.current.slides.length,
        typed: typed.current,
      });
      typed.current = action?.kind === 'typing' ? action.typed : '';
      setShownTyped(typed.current);
      if (!action || action.kind === 'typing') return;
      if (action.kind === 'go') go(slideAt(following.current, action.slide));
      else if (action.kind === 'blank') post({ type: 'blank' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);

    // The timer starts when the window opens.
    const tick = () => {
      const time = Date.now();
      setNow(time);
      setStart((started) => started ?? time);
    };
    const first = window.setTimeout(tick, 0);
    const clock = window.setInterval(tick, 1000);
    return () => {
      joined.close();
      window.removeEventListener('keydown', onKey);
      window.clearTimeout(first);
      window.clearInterval(clock);
    };
    // `show`, `go` and `post` use refs only, so the first render's are as good as any.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [total]);

  // The address keeps the slide, so that a reload comes back to it. Until the first move it
  // already names it, and is read only once hydrated: written before, it would say slide 1.
  useEffect(() => {
    at.current = current;
    following.current = order;
    if (moved !== null)
      window.history.replaceState(
        null,
        '',
        withBase(withLesson(presenterPath(current, locale), order)),
      );
    document.title = fill(words['presenter-window-title'], {
      current: String(position),
      total: String(count),
      title: slides[current - 1]!.title,
    });
  }, [current, moved, position, count, order, slides, words, locale]);

  const nextSlide = position < count ? slideAt(order, position + 1) : null;
  // The slide shown and the next, fetched once each (offline, from the deck's saved copy).
  useEffect(() => {
    for (const n of [current, nextSlide]) {
      if (n === null || requested.current.has(n)) continue;
      requested.current.add(n);
      slideMarkup(n, locale).then(
        (html) => setMarkup((known) => ({ ...known, [n]: html })),
        () => {
          requested.current.delete(n);
          setMarkup((known) => ({ ...known, [n]: null }));
        },
      );
    }
  }, [current, nextSlide, locale]);

  const slide = slides[current - 1]!;
  const next = nextSlide === null ? undefined : slides[nextSlide - 1];
  const screen = audience ?? PROJECTOR;
  return (
    <main className="presenter" data-presenter-slide={current}>
      <header className="presenter-bar">
        <h1>{words['presenter-heading']}</h1>
        <p className="presenter-counter" aria-live="polite">
          {fill(words[order.lesson ? 'presenter-lesson-counter' : 'presenter-counter'], {
            current: String(position),
            total: String(count),
          })}
          {shownTyped && <span className="presenter-typed"> → {shownTyped}</span>}
        </p>
        <p className="presenter-clock">
          <span className="visually-hidden">{words['presenter-time']} </span>
          <span>
            {now
              ? new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
              : '–'}
          </span>{' '}
          ·{' '}
          <span data-testid="presenter-elapsed">
            {now && start ? elapsed(now - start) : '0:00'}
          </span>{' '}
          {words['presenter-elapsed']}{' '}
          <button type="button" className="button" onClick={() => setStart(Date.now())}>
            {words['presenter-restart']}
          </button>
        </p>
        <nav className="presenter-buttons" aria-label={words['presenter-move']}>
          <button
            type="button"
            className="button"
            onClick={() => go(slideAt(order, position - 1))}
            disabled={position === 1}
          >
            {words['presenter-back']}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => go(slideAt(order, position + 1))}
            disabled={position === count}
          >
            {words['presenter-next']}
          </button>
          <button type="button" className="button" onClick={() => post({ type: 'blank' })}>
            {words['presenter-blank']}
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              window.open(withBase(orderSlidePath(order, current, locale)), 'deck-audience')
            }
            hidden={audience !== null}
          >
            {words['presenter-open-class']}
          </button>
        </nav>
      </header>

      <section className="presenter-now" aria-labelledby="presenter-now">
        <h2 id="presenter-now">{fill(words['presenter-now'], { title: slide.title })}</h2>
        <SlidePreview
          n={current}
          label={fill(words['presenter-now-label'], { n: String(current) })}
          screen={screen}
          markup={markup[current]}
          words={words}
        />
      </section>

      <section className="presenter-next" aria-labelledby="presenter-next">
        <h2 id="presenter-next">
          {next
            ? fill(words['presenter-next-title'], { title: next.title })
            : words['presenter-last']}
        </h2>
        {next && nextSlide !== null && (
          <SlidePreview
            n={nextSlide}
            label={fill(words['presenter-next-label'], { n: String(nextSlide) })}
            screen={screen}
            markup={markup[nextSlide]}
            words={words}
          />
        )}
      </section>

      {/* Focusable, so that a keyboard can scroll notes longer than their box. */}
      <section className="presenter-notes" aria-labelledby="presenter-notes" tabIndex={0}>
        <h2 id="presenter-notes">{words['presenter-notes']}</h2>
        {slide.teach && (
          <p>
            <a href={withBase(slide.teach)} target="_blank" rel="noopener">
              {words['presenter-teach']}
            </a>
          </p>
        )}
        <p data-testid="presenter-notes">{slide.notes}</p>
        <p className="presenter-status">
          {words[audience ? 'presenter-in-step' : 'presenter-no-class']}{' '}
          <OfflineStatus words={offlineWords} locale={locale} />
        </p>
      </section>
      <noscript>
        <p>{words['presenter-needs-scripts']}</p>
      </noscript>
    </main>
  );
}
