import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { clientWords, type ClientPart, type ClientWords } from './client-words';
import { messages, type MessageSource, type Say } from './messages';

/** Where every chart's words are kept: its text, source check and excerpt, by its slug. */
export const TEXT_DIR = path.join(process.cwd(), 'data', 'text');

/**
 * The words at the head of a chart: its title, its subtitle (the key to its marks), a shorter one
 * for slides ('' where the slide's own title says enough) and a summary for the lists of charts.
 */
const headingSchema = z.strictObject({
  title: z.string().min(1),
  subtitle: z.string().min(1),
  slide_subtitle: z.string(),
  summary: z.string().min(1),
  /** Every other word the chart draws or speaks, as message templates by key (lib/text/messages.ts). */
  words: z.record(z.string(), z.string().min(1)).default({}),
});

/**
 * A text file's YAML front matter, between two lines of `---` at its top, and the text after it.
 * Windows line ends and a byte-order mark are read as the same file; front matter left open, or
 * YAML that does not parse, stops the build with the file's name.
 */
export function splitFrontMatter(text: string, file: string): { front: unknown; body: string } {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!lines.startsWith('---\n')) return { front: null, body: lines };
  const match = /^---\n([\s\S]*?)\n---[ \t]*\n/.exec(lines);
  if (!match) throw new Error(`${file}: its front matter has no closing line of ---`);
  try {
    return { front: parse(match[1]!), body: lines.slice(match[0].length) };
  } catch (error) {
    throw new Error(`${file}: its front matter is not YAML: ${(error as Error).message}`);
  }
}

/** A chart's heading from its front matter, checked: one that is missing or malformed stops the build. */
export function chartHeading(front: unknown, file: string) {
  const heading = headingSchema.safeParse(front);
  if (!heading.success)
    throw new Error(
      `${file}: its front matter needs ${Object.keys(headingSchema.shape).join(', ')}: ${heading.error.issues.map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`).join('; ')}`,
    );
  const { title, subtitle, slide_subtitle: slideSubtitle, summary } = heading.data;
  return { title, subtitle, slideSubtitle, summary };
}

/** A chart's messages from its front matter, checked as its heading is. */
const chartMessages = (front: unknown, file: string): MessageSource => {
  chartHeading(front, file);
  return headingSchema.parse(front).words;
};

/**
 * A text file's name in data/text/ for a locale: the English beside the code's other data
 * (data/text/<name>), each translation in a folder of its own (data/text/sv/<name>).
 */
export const textFileName = (locale: string, name: string) =>
  locale === 'en' ? name : `${locale}/${name}`;

/** A chart's text file, data/text/<slug>.md: its heading, its words, and the text under them. */
export function readChartFile(slug: string, locale: string) {
  const name = textFileName(locale, `${slug}.md`);
  const file = `data/text/${name}`;
  if (!existsSync(path.join(TEXT_DIR, name)))
    throw new Error(
      `${file} is missing: every chart needs its text in each language of the site (README, “Its translations”).`,
    );
  const text = readFileSync(path.join(TEXT_DIR, name), 'utf8');
  const { front, body } = splitFrontMatter(text, file);
  return { file, heading: chartHeading(front, file), messages: chartMessages(front, file), body };
}

/** Each words file's entries by its text: the build reads the same file for every page. */
const parsedWords = new Map<string, MessageSource>();

/** A file of messages in data/text/, each entry a key and its ICU template. */
export function readWordsFile(name: string): { file: string; messages: MessageSource } {
  const file = `data/text/${name}`;
  const text = readFileSync(path.join(TEXT_DIR, name), 'utf8');
  let messages = parsedWords.get(text);
  if (!messages) {
    const words = z.record(z.string(), z.string().min(1)).safeParse(parse(text));
    if (!words.success) throw new Error(`${file}: each entry must be a key and its message`);
    parsedWords.set(text, (messages = words.data));
  }
  return { file, messages };
}

/** The words every chart shares (the source line, units, axis titles), from chart-words.yml. */
export const readSharedChartWords = (locale: string) =>
  readWordsFile(textFileName(locale, 'chart-words.yml'));

/**
 * The words the whole site shares, charts and pages alike (a figure's attribution, how it was
 * checked, a quantity with no number), from data/text/site-words.yml.
 */
export const readSiteWords = (locale: string) =>
  readWordsFile(textFileName(locale, 'site-words.yml'));

/** Every word the chart's sound (chart2music) speaks, by its message id, from sound-words.yml. */
export const readSoundWords = (locale: string) =>
  readWordsFile(textFileName(locale, 'sound-words.yml')).messages;

/** The site's words in a language, for a page outside any chart: its attributions and notes on figures. */
export const siteSay = (locale: string): Say => messages(locale, [readSiteWords(locale)]);

/** A part of the page that runs in the browser: its words from the site's, for it to be handed. */
export const siteClientWords = <P extends ClientPart>(part: P, locale: string): ClientWords<P> =>
  clientWords(part, locale, readSiteWords(locale));
