import { IntlMessageFormat } from 'intl-messageformat';

import type { MessageSource } from './messages';

/**
 * The words each part of the page that runs in the browser says, by the keys of
 * data/text/site-words.yml. Such a part cannot read the words file: the server reads its words,
 * in the page's language, and hands them over as a prop, so that the part ships no message
 * library and only its own words.
 */
export const CLIENT_WORDS = {
  chartKeys: ['chart-keys-role'],
  copy: ['copy-done', 'copy-selected'],
  deck: [
    'deck-notes-label',
    'deck-notes-heading',
    'deck-blank',
    'slide-view-nav',
    'slide-view-back',
    'slide-view-counter',
    'slide-view-lesson-counter',
    'slide-view-all',
    'slide-view-lesson',
    'slide-view-presenter',
    'slide-view-next',
    'slide-view-leave',
  ],
  download: ['download-progress', 'download-failed-status', 'download-failed-network'],
  error: ['error-heading', 'error-text', 'error-retry', 'error-home'],
  explore: [
    'explore-heading',
    'explore-lede',
    'explore-open',
    'explore-close',
    'explore-needs-scripts',
    'explore-loading',
    'explore-failed',
    'explorer-measure',
    'explorer-order',
    'explorer-order-source',
    'explorer-order-descending',
    'explorer-order-ascending',
    'explorer-scale',
    'explorer-scale-linear',
    'explorer-scale-log',
    'explorer-caption-linear',
    'explorer-caption-log',
    'explorer-unknown',
    'explorer-not-given',
    'explorer-missing-label',
    'explorer-tooltip',
    'explorer-no-bars',
    'explorer-listen',
    'explorer-listen-lede',
    'explorer-listen-loading',
    'explorer-listen-failed',
    'explorer-listen-silent',
  ],
  lesson: [
    'lesson-heading',
    'lesson-charts',
    'overview-kind-predict',
    'overview-kind-chart',
    'overview-kind-check',
    'overview-kind-discuss',
    'lesson-up',
    'lesson-down',
    'lesson-unknown',
    'lesson-slides',
    'lesson-empty',
    'lesson-start',
    'lesson-presenter',
    'lesson-print',
    'lesson-handouts',
    'lesson-address',
    'lesson-copy',
    'share-class',
    'share-classroom',
    'share-teams',
  ],
  offline: ['offline-saving', 'offline-ready', 'offline-offline', 'offline-failed'],
  predict: [
    'predict-heading',
    'predict-lede',
    'predict-slide-lede',
    'predict-open',
    'predict-close',
    'predict-needs-scripts',
    'predict-loading',
    'predict-failed',
    'predict-axis',
    'predict-group',
    'predict-given',
    'predict-year',
    'predict-year-revealed',
    'predict-year-unknown',
    'predict-reveal',
    'predict-again',
    'predict-guess',
    'predict-data',
    'predict-no-number',
    'predict-gap',
    'predict-match',
  ],
  presenter: [
    'presenter-heading',
    'presenter-counter',
    'presenter-lesson-counter',
    'presenter-window-title',
    'presenter-time',
    'presenter-elapsed',
    'presenter-restart',
    'presenter-move',
    'presenter-back',
    'presenter-next',
    'presenter-blank',
    'presenter-open-class',
    'presenter-now',
    'presenter-now-label',
    'presenter-next-title',
    'presenter-next-label',
    'presenter-last',
    'presenter-notes',
    'presenter-teach',
    'presenter-in-step',
    'presenter-no-class',
    'presenter-needs-scripts',
    'presenter-slide-failed',
    'presenter-slide-loading',
  ],
} as const;

export type ClientPart = keyof typeof CLIENT_WORDS;

/** A client part's words: each a finished string, or a template with `{name}` holes to fill. */
export type ClientWords<P extends ClientPart> = {
  readonly [K in (typeof CLIENT_WORDS)[P][number]]: string;
};

/** ICU's element kinds that a client template may hold: plain text, and a plain `{name}`. */
const LITERAL = 0;
const ARGUMENT = 1;

/**
 * A client part's words, in the locale, read from a words file. A template may take only plain
 * `{name}` arguments, which stay in the string as holes for `fill`: a plural or a number format
 * would need ICU in the browser, so such a message stops the build, and so does a literal brace,
 * which `fill` would take for a hole.
 */
export function clientWords<P extends ClientPart>(
  part: P,
  locale: string,
  { file, messages }: { file: string; messages: MessageSource },
): ClientWords<P> {
  const entries = CLIENT_WORDS[part].map((key) => {
    const template = messages[key];
    if (template === undefined) throw new Error(`${file}: no message "${key}" (said by ${part})`);
    const message = new IntlMessageFormat(template, locale);
    const elements = message.getAst();
    const holes: Record<string, string> = {};
    for (const element of elements) {
      if (element.type === ARGUMENT) holes[element.value] = `{${element.value}}`;
      else if (element.type !== LITERAL || /[{}]/.test(element.value))
        throw new Error(
          `${file}: "${key}" is said in the browser (by ${part}), so it may take only plain {name} arguments and no literal brace`,
        );
    }
    return [key, String(message.format(holes))] as const;
  });
  return Object.fromEntries(entries) as ClientWords<P>;
}
