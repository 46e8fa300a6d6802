import { IntlMessageFormat } from 'intl-messageformat';

/** The figures and words a message takes: numbers are written by the locale, strings as given. */
export type MessageValues = Record<string, string | number>;

/**
 * A chart's words, by key: `say('mark.sentenced', { year: '1937', count: 790665 })`. Each message is
 * an ICU MessageFormat template (`{count, number}`, `{count, plural, one {…} other {…}}`,
 * `{share, number, ::percent .0}`), so a translation is a text file, not code. Pass years and ids
 * as strings: a number is written with the locale's grouping ("1,937").
 */
export interface Say {
  (key: string, values?: MessageValues): string;
  /**
   * A message with elements inside its sentence, as tags around their words: `Data under
   * <licence>CC BY 4.0</licence>.` A tag's value makes its element from the words inside it,
   * `(chunks) => link(chunks)`; the message comes back as its parts in order, the text between the
   * elements as strings. One message, not a sentence cut around its link, so a translation may put
   * the link where its language wants it. T is the caller's element (a React node on a page): this
   * file knows no markup.
   */
  rich<T>(key: string, values: RichValues<T>): (string | T)[];
  /** The language the words are in, for the figures written beside them (lib/locale/format.ts). */
  readonly locale: string;
}

/** The values of a message with tags: the figures and words, and an element maker for each tag. */
type RichValues<T> = Record<string, string | number | ((chunks: (string | T)[]) => T)>;

/** The messages of a text file, read as ICU templates for a locale. */
export type MessageSource = Readonly<Record<string, string>>;

/**
 * Each template compiled once per locale, however many pages and charts ask for the words that
 * hold it: compiling the site's words took 20 ms, and the build asks for them hundreds of times.
 * A template is its own key, so a file edited while `npm run dev` runs is compiled anew.
 */
const compiledTemplates = new Map<string, IntlMessageFormat>();

function compileOnce(template: string, locale: string): IntlMessageFormat {
  const key = `${locale}\u0000${template}`;
  let message = compiledTemplates.get(key);
  if (!message) compiledTemplates.set(key, (message = new IntlMessageFormat(template, locale)));
  return message;
}

/**
 * Messages from one or more files, compiled once: a template that does not parse stops the build
 * with its file and key, and so does a key asked for that no file has, or a key two files both
 * define (which one a chart meant would be a guess).
 */
export function messages(
  locale: string,
  files: readonly { file: string; messages: MessageSource }[],
): Say {
  const compiled = new Map<string, { file: string; message: IntlMessageFormat }>();
  for (const { file, messages: source } of files)
    for (const [key, template] of Object.entries(source)) {
      const earlier = compiled.get(key);
      if (earlier) throw new Error(`${file}: "${key}" is defined in ${earlier.file} already`);
      try {
        compiled.set(key, { file, message: compileOnce(template, locale) });
      } catch (error) {
        throw new Error(
          `${file}: the message "${key}" does not parse: ${(error as Error).message}`,
        );
      }
    }
  /** A message formatted, or the build stopped with its file and key. */
  const formatted = <R>(key: string, format: (message: IntlMessageFormat) => R): R => {
    const found = compiled.get(key);
    if (!found) throw new Error(`No message "${key}" in ${files.map((f) => f.file).join(' or ')}`);
    try {
      return format(found.message);
    } catch (error) {
      throw new Error(`${found.file}: the message "${key}": ${(error as Error).message}`);
    }
  };
  const say = (key: string, values?: MessageValues) =>
    formatted(key, (message) => String(message.format(values)));
  // formatToParts, not format: format gives a lone string or element unwrapped, parts always a list.
  const rich = <T>(key: string, values: RichValues<T>) =>
    formatted(key, (message) => message.formatToParts<T>(values).map((part) => part.value));
  return Object.assign(say, { rich, locale });
}
