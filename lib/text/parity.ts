import { IntlMessageFormat } from 'intl-messageformat';

import { parseDocument, type Block } from './document';
import { parseInline, walkInline, type Inline } from './inline';
import type { MessageSource } from './messages';

/**
 * What a translation may not lose. A translated text says what the English says in other words,
 * but it keeps every tie to the data and the sources as it is: each number link (with the same
 * figure), each link to another chart, each citation, each "?" and each number typed in the
 * text. Words can be checked only by a reader; these can be checked by the build, and are.
 */

/** A difference between an English text and its translation, for the build to stop on. */
export interface ParityProblem {
  file: string;
  where: string;
  problem: string;
}

/**
 * The runs of digits in a text, whatever the locale's separators: "27.1%", "27,1 %" and
 * "27,1 %" are all 27 and 1; "1,962" and "1 962" are 1 and 962. A figure changed, dropped or
 * added changes them; a number written as a word does too, and is meant to.
 */
export const digitRuns = (text: string): string[] => text.match(/\d+/g) ?? [];

/** What one passage holds that its translation must hold too, each as a sortable label. */
interface PassageTies {
  links: string[];
  citations: string[];
  digits: string[];
  unknowns: number;
}

const label = (node: Inline): string | null => {
  if (node.type === 'mark' || node.type === 'figure')
    return `[${digitRuns(node.text).join(' ')}](${node.type}:${node.id})`;
  if (node.type === 'link') return `(${node.href})`;
  return null;
};

/**
 * How a translation marks its rendering of words quoted from a source, which stay in their
 * English: “at least 6 million dead” (i översättning: ”minst 6 miljoner döda”). The rendering
 * repeats the quotation's numbers, so the check leaves it out of the text's own.
 */
const QUOTE_TRANSLATION: Readonly<Record<string, string>> = {
  sv: 'i översättning',
  ru: 'в переводе',
  uk: 'у перекладі',
};

export const withoutQuoteTranslations = (text: string, locale: string) => {
  const marker = QUOTE_TRANSLATION[locale];
  if (!marker) return text;
  return text.replace(new RegExp(`\\(${marker}: (?:”[^”]*”|«[^»]*»|“[^”]*”)\\)`, 'g'), '');
};

/** The ties of a passage of the project's Markdown (inline.ts), in its locale. */
function passageTies(nodes: readonly Inline[], locale: string): PassageTies {
  const all = walkInline(nodes);
  const texts = all.flatMap((node) =>
    node.type === 'text' ? [withoutQuoteTranslations(node.text, locale)] : [],
  );
  return {
    links: all.flatMap((node) => label(node) ?? []).sort(),
    citations: all.flatMap((node) => (node.type === 'cite' ? node.ids : [])).sort(),
    digits: texts.flatMap(digitRuns).sort(),
    unknowns: texts.join(' ').split('?').length - 1,
  };
}

/** The items one list holds and the other lacks, each as often as it is lacking. */
function lacking(from: readonly string[], against: readonly string[]): string[] {
  const left = [...against];
  return from.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/**
 * A number link of a translation written in English figures ("27.1%", "1,962"): a reader of
 * Swedish, Russian or Ukrainian reads "1,962" as one and a fraction.
 */
const ENGLISH_FIGURE = /\d\.\d|\d,\d{3}(?!\d)/;

/** How a translated passage differs from its English, in the build's words. */
export function comparePassages(
  english: readonly Inline[],
  translated: readonly Inline[],
  locale: string,
): string[] {
  const en = passageTies(english, 'en');
  const tr = passageTies(translated, locale);
  const problems: string[] = [];
  const list = (items: readonly string[]) => items.join(', ');
  const both = (what: string, a: readonly string[], b: readonly string[]) => {
    const lost = lacking(a, b);
    const added = lacking(b, a);
    if (lost.length) problems.push(`${what} missing: ${list(lost)}`);
    if (added.length) problems.push(`${what} not in the English: ${list(added)}`);
  };
  both('links', en.links, tr.links);
  both('citations', en.citations, tr.citations);
  both('numbers typed in the text', en.digits, tr.digits);
  if (en.unknowns !== tr.unknowns)
    problems.push(`"?" ${en.unknowns} times in the English, ${tr.unknowns} in the translation`);
  if (locale !== 'en')
    for (const node of walkInline(translated))
      if ((node.type === 'mark' || node.type === 'figure') && ENGLISH_FIGURE.test(node.text))
        problems.push(`"${node.text}" is written in English figures`);
  return problems;
}

/** The parts of an ICU message a translation must keep: its arguments, their formats, its tags. */
function messageParts(template: string, locale: string): { parts: string[]; plurals: string[][] } {
  const parts: string[] = [];
  const plurals: string[][] = [];
  type Element = ReturnType<IntlMessageFormat['getAst']>[number];
  const walk = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (element.type === 0 || element.type === 7) continue;
      // A translation may count where English does not ("3 семьи"): a plural in place of a
      // number is the same argument. A styled format (a percentage) and a tag must stay.
      const style = 'style' in element && element.style ? JSON.stringify(element.style) : '';
      parts.push(element.type === 8 ? `<${element.value}>` : element.value);
      if (style) parts.push(`${element.value}:${style}`);
      if ('children' in element) walk(element.children);
      if ('options' in element) {
        const options = element.options as Record<string, { value: Element[] }>;
        if (element.type === 6) plurals.push(Object.keys(options));
        else parts.push(`${element.value}:${Object.keys(options).sort().join('|')}`);
        for (const option of Object.values(options)) walk(option.value);
      }
    }
  };
  walk(new IntlMessageFormat(template, locale).getAst());
  // A plural's branches may hold an argument once each: the set, not the count, must match.
  return { parts: [...new Set(parts)].sort(), plurals };
}

/**
 * A translated words file against the English: the same keys, each message parsing in the
 * locale, with the English's arguments, formats and tags, and every plural form the locale has
 * (Russian and Ukrainian: one, few, many, other).
 */
export function compareMessages(
  english: MessageSource,
  translated: MessageSource,
  locale: string,
  file: string,
): ParityProblem[] {
  const problems: ParityProblem[] = [];
  const say = (where: string, problem: string) => problems.push({ file, where, problem });
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const key of Object.keys(translated))
    if (!(key in english)) say(key, 'not a key of the English');
  for (const [key, template] of Object.entries(english)) {
    const translation = translated[key];
    if (translation === undefined) {
      say(key, 'missing');
      continue;
    }
    let theirs: ReturnType<typeof messageParts>;
    try {
      theirs = messageParts(translation, locale);
    } catch (error) {
      say(key, `does not parse: ${(error as Error).message}`);
      continue;
    }
    const ours = messageParts(template, 'en');
    const lost = lacking(ours.parts, theirs.parts);
    const added = lacking(theirs.parts, ours.parts);
    if (lost.length || added.length)
      say(key, `arguments, formats or tags differ: ${[...lost, ...added].join(', ')}`);
    for (const forms of theirs.plurals) {
      const missing = categories.filter((category) => !forms.includes(category));
      if (missing.length) say(key, `a plural lacks the forms ${missing.join(', ')}`);
    }
  }
  return problems;
}

/** A text's blocks as the check reads them: each with a name for the build's message. */
const passagesOf = (blocks: readonly Block[]) =>
  blocks.map((block, index) => ({
    where: `block ${index + 1} (${block.type})`,
    type: block.type,
    inlines:
      block.type === 'paragraph'
        ? block.content
        : block.type === 'list'
          ? block.items.flat()
          : parseInline(block.text),
    items: block.type === 'list' ? block.items.length : 0,
  }));

/**
 * A translated chart text against the English: the same headings, paragraphs and lists in the
 * same order (a list with as many items), and each keeping its English's ties.
 */
export function compareDocuments(
  english: string,
  translated: string,
  locale: string,
  file: string,
): ParityProblem[] {
  const ours = passagesOf(parseDocument(english));
  const theirs = passagesOf(parseDocument(translated));
  const shape = (passages: typeof ours) => passages.map((p) => `${p.type}${p.items || ''}`);
  if (shape(ours).join() !== shape(theirs).join())
    return [
      {
        file,
        where: 'its blocks',
        problem: `the English has ${shape(ours).join(', ')}; the translation ${shape(theirs).join(', ')}`,
      },
    ];
  return ours.flatMap((passage, index) =>
    comparePassages(passage.inlines, theirs[index]!.inlines, locale).map((problem) => ({
      file,
      where: passage.where,
      problem,
    })),
  );
}

/** Two texts of the project's inline Markdown, such as a source check's reasons. */
export const compareTexts = (
  english: string,
  translated: string,
  locale: string,
  file: string,
  where: string,
): ParityProblem[] =>
  comparePassages(parseInline(english), parseInline(translated), locale).map((problem) => ({
    file,
    where,
    problem,
  }));
