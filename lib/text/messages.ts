import { IntlMessageFormat } from 'intl-messageformat';

/** The figures and words a message takes: numbers are written by the locale, strings as given. */
export type MessageValues = Record<string, string | number>;

/**
 * A chart's words, by key: `say('mark.sentenced', { year: '1937', count: 790665 })`. Each message is
 * an ICU MessageFormat template (`{count, number}`, `{count, plural, one {…} other {…}}`,
 * `{share, number, ::percent .0}`), so a translation is a text file, not code. Pass years and ids
 * as strings: a number is written with the locale's grouping ("1,937").
 */
export type Say = (key: string, values?: MessageValues) => string;

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
  return (key, values) => {
    const found = compiled.get(key);
    if (!found) throw new Error(`No message "${key}" in ${files.map((f) => f.file).join(' or ')}`);
    try {
      return String(found.message.format(values));
    } catch (error) {
      throw new Error(`${found.file}: the message "${key}": ${(error as Error).message}`);
    }
  };
}
