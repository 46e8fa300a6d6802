'use client';

import { useEffect, useMemo, useRef, useState } from 'react';

import { formatCount } from '@/lib/locale/format';
import { soundWordsPath, withBase } from '@/lib/site/paths';
import type { ClientWords } from '@/lib/text/client-words';
import { fill } from '@/lib/text/fill';

/** A figure the sound plays: its row's label and its value, in the explorer's order. */
export interface SoundPoint {
  label: string;
  value: number;
}

/** chart2music's types: its package's `exports` do not name them (types/chart2music.d.ts). */
type Chart2Music = typeof import('@/node_modules/chart2music/dist/index');

type Player = InstanceType<Chart2Music['c2m']>;

/**
 * chart2music and the sound's words in the page's language, fetched when a reader asks to listen:
 * the library and its words weigh nothing on a page where no one does.
 */
async function loadSound(locale: string) {
  const [{ c2mChart }, { IntlMessageFormat }, words] = await Promise.all([
    import('chart2music') as Promise<Chart2Music>,
    import('intl-messageformat'),
    fetch(withBase(soundWordsPath(locale))).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<Record<string, string>>;
    }),
  ]);
  // Every word the library says, from the site's words in the page's language (its own are
  // English, German, Spanish, French, Hmong and Italian only).
  const translationCallback = ({
    id,
    evaluators,
  }: {
    id: string;
    evaluators: Record<string, string | number | boolean>;
  }) => {
    // chart2music asks for its help's footer as help_dialog_footer, the id its dictionaries spell
    // help-dialog-footer.
    const message = words[id.replace(/_/g, '-')];
    return message === undefined
      ? false
      : String(new IntlMessageFormat(message, locale).format(evaluators));
  };
  // The headings of its table of keys, which it does not translate itself.
  const modifyHelpDialogKeyboardListing = (
    _language: string,
    _headings: string[],
    shortcuts: string[][],
  ) => [
    [
      words['table-shortcut'] ?? '',
      words['table-description'] ?? '',
      words['table-alternate'] ?? '',
    ],
    ...shortcuts,
  ];
  return { c2mChart, options: { translationCallback, modifyHelpDialogKeyboardListing } };
}

/** The keys chart2music knows by their character, by their place on a US keyboard. */
const LATIN_KEYS: Record<string, string> = { BracketLeft: '[', BracketRight: ']' };
const latinKey = (code: string) =>
  LATIN_KEYS[code] ?? /^Key([A-Z])$/.exec(code)?.[1]?.toLowerCase();

/**
 * chart2music reads a hotkey by the character it types: with a Russian or Ukrainian layout on,
 * H types «р» and its help never opens. A letter key pressed in another layout reaches it as the
 * Latin letter in that key's place, as the words of its help name it.
 */
function keysByPlace(element: HTMLElement) {
  element.addEventListener(
    'keydown',
    (event) => {
      const latin = latinKey(event.code);
      if (!event.isTrusted || !latin || event.key.toLowerCase() === latin) return;
      event.stopImmediatePropagation();
      event.preventDefault();
      const { code, shiftKey, ctrlKey, altKey, metaKey } = event;
      element.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: shiftKey ? latin.toUpperCase() : latin,
          code,
          shiftKey,
          ctrlKey,
          altKey,
          metaKey,
          bubbles: true,
          cancelable: true,
        }),
      );
    },
    { capture: true },
  );
}

/**
 * chart2music marks what it says, and its dialogs, as in its own language (English, where it has
 * none of the page's): a screen reader would then read Russian with an English voice. Its words
 * are the page's, so they are marked as the page's language, dialogs included as they open.
 */
function inPageLanguage(captions: HTMLElement, locale: string): MutationObserver {
  captions.lang = locale;
  const observer = new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof HTMLDialogElement) node.lang = locale;
  });
  observer.observe(document.body, { childList: true });
  return observer;
}

/**
 * The explorer's figures as sound, on request: each a pitch, higher for a larger figure, with its
 * row and value spoken. The arrow keys move from figure to figure inside the player (one Tab stop),
 * H lists every key. Unknown figures are not played, and the player says which.
 */
export function ChartSound({
  points,
  silent,
  title,
  measure,
  unit,
  rowsLabel,
  words,
}: {
  points: readonly SoundPoint[];
  /** The rows whose figure is unknown or not given, which have no pitch. */
  silent: readonly string[];
  title: string;
  measure: string;
  unit: string;
  rowsLabel: string;
  words: ClientWords<'explore'>;
}) {
  const [state, setState] = useState<'off' | 'loading' | 'on' | 'failed'>('off');
  const element = useRef<HTMLDivElement>(null);
  const captions = useRef<HTMLDivElement>(null);
  const player = useRef<Player | null>(null);
  // Loaded with the explorer, in the browser only: the page's language speaks its figures.
  const locale = document.documentElement.lang;

  const { data, axes } = useMemo(() => {
    const labels = points.map((point) => point.label);
    return {
      data: points.map((point, x) => ({ x, y: point.value })),
      axes: {
        x: {
          label: rowsLabel,
          minimum: 0,
          maximum: Math.max(points.length - 1, 0),
          format: (x: number) => labels[x] ?? '',
        },
        y: {
          label: measure,
          format: (y: number) =>
            fill(words['explorer-tooltip'], { value: formatCount({ locale }, y), unit }),
        },
      },
    };
  }, [points, rowsLabel, measure, unit, words, locale]);
  // A change of measure or order plays the new figures.
  useEffect(() => {
    player.current?.setData(data, axes);
  }, [data, axes]);
  const dialogs = useRef<MutationObserver | null>(null);
  useEffect(
    () => () => {
      player.current?.cleanUp();
      dialogs.current?.disconnect();
    },
    [],
  );
  // Once it plays, the player takes the focus: the arrow keys are its own.
  useEffect(() => {
    if (state === 'on') element.current?.focus();
  }, [state]);

  const listen = () => {
    setState('loading');
    loadSound(locale).then(
      ({ c2mChart, options }) => {
        const { err, data: created } = c2mChart({
          type: 'bar',
          title,
          element: element.current!,
          cc: captions.current!,
          data,
          axes,
          options,
        });
        if (err || !created) return setState('failed');
        player.current = created;
        keysByPlace(element.current!);
        dialogs.current = inPageLanguage(captions.current!, locale);
        setState('on');
      },
      () => setState('failed'),
    );
  };

  return (
    <div className="chart-sound">
      <p>
        <button
          type="button"
          className="button"
          onClick={listen}
          disabled={state === 'loading' || state === 'on'}
        >
          {words['explorer-listen']}
        </button>{' '}
        {words['explorer-listen-lede']}
      </p>
      <div role="status">
        {state === 'loading' && <p className="status">{words['explorer-listen-loading']}</p>}
        {state === 'failed' && <p className="status error">{words['explorer-listen-failed']}</p>}
      </div>
      {silent.length > 0 && state === 'on' && (
        <p>{fill(words['explorer-listen-silent'], { labels: silent.join('; ') })}</p>
      )}
      {/* What it says is also shown, for a class that hears it together. */}
      <div ref={element} className="chart-sound-player" hidden={state !== 'on'}>
        <div ref={captions} className="chart-sound-captions" />
      </div>
    </div>
  );
}
