import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { charts } from '@/lib/charts/registry';
import { loadReleases } from '@/lib/data/corrections';
import { loadPackage } from '@/lib/data/load-package';
import { shownTexts } from '@/lib/data/shown-text';
import { TRANSLATIONS } from '@/lib/locale/locales';

import {
  chartHeading,
  readWordsFile,
  splitFrontMatter,
  TEXT_DIR,
  textFileName,
} from './chart-file';
import { READING_PROMPTS, sourceCheckSchema, translatedChecksSchema } from './content';
import { parseGlossary } from './glossary';
import { dataTextsSchema } from './localized-package';
import type { MessageSource } from './messages';
import {
  compareDocuments,
  compareMessages,
  compareTexts,
  digitRuns,
  withoutQuoteTranslations,
  type ParityProblem,
} from './parity';

/** The spellings a language gives names and terms, one per language (data/text/<locale>/names.yml). */
const namesSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    en: z.string().min(1),
    text: z.string().min(1),
    note: z.string().optional(),
  }),
);

const read = (name: string) => readFileSync(path.join(TEXT_DIR, name), 'utf8');

/** A file that does not have the shape its schema asks, one problem per place. */
const schemaProblems = (file: string, error: z.ZodError): ParityProblem[] =>
  error.issues.map((issue) => ({
    file,
    where: issue.path.join('.') || 'the file',
    problem: issue.message,
  }));

/**
 * The same numbers, in any order: for an excerpt, whose lines keep the source's own figures, and
 * for a data text (a note quotes the source, and its marked translation repeats the quote's).
 */
function sameDigits(
  english: string,
  translated: string,
  { file, where, locale }: { file: string; where: string; locale: string },
) {
  const ours = digitRuns(english).sort().join(' ');
  const theirs = digitRuns(withoutQuoteTranslations(translated, locale)).sort().join(' ');
  return ours === theirs
    ? []
    : [{ file, where, problem: `its numbers are ${theirs || 'none'}; the English's ${ours}` }];
}

function frontMatterOf(name: string) {
  const file = `data/text/${name}`;
  const { front, body } = splitFrontMatter(read(name), file);
  const words = z.object({ words: z.record(z.string(), z.string()).default({}) }).parse(front);
  return { file, heading: chartHeading(front, file), words: words.words as MessageSource, body };
}

function compareChartText(slug: string, locale: string): ParityProblem[] {
  const english = frontMatterOf(`${slug}.md`);
  const translated = frontMatterOf(textFileName(locale, `${slug}.md`));
  const { file } = translated;
  const headings = (['title', 'subtitle', 'slideSubtitle', 'summary'] as const).flatMap((key) =>
    compareTexts(english.heading[key], translated.heading[key], locale, file, key),
  );
  return [
    ...headings,
    ...compareMessages(english.words, translated.words, locale, `${file} (words)`),
    ...compareDocuments(english.body, translated.body, locale, file),
  ];
}

function compareChecks(slug: string, locale: string): ParityProblem[] {
  const name = textFileName(locale, `${slug}.checks.json`);
  const file = `data/text/${name}`;
  const english = sourceCheckSchema.parse(JSON.parse(read(`${slug}.checks.json`)));
  const parsed = translatedChecksSchema.safeParse(JSON.parse(read(name)));
  if (!parsed.success) return schemaProblems(file, parsed.error);
  const translated = parsed.data;
  const text = (ours: string, theirs: string, where: string) =>
    compareTexts(ours, theirs, locale, file, where);
  const count = (what: string, ours: number, theirs: number) =>
    ours === theirs
      ? []
      : [{ file, where: what, problem: `${theirs}, against ${ours} in English` }];
  return [
    ...text(english.takeaway, translated.takeaway, 'takeaway'),
    ...count('checks', english.checks.length, translated.checks.length),
    ...english.checks.flatMap((check, i) => {
      const theirs = translated.checks[i];
      if (!theirs) return [];
      const where = `checks.${i}`;
      return [
        ...text(check.title, theirs.title, `${where}.title`),
        ...(check.source === theirs.source
          ? []
          : [{ file, where: `${where}.source`, problem: 'the source’s own words are changed' }]),
        ...sameDigits(check.source, theirs.source_translation, {
          file,
          where: `${where}.source_translation`,
          locale: 'en',
        }),
        ...text(check.scholarship, theirs.scholarship, `${where}.scholarship`),
        ...text(check.why, theirs.why, `${where}.why`),
        ...(check.confidence === theirs.confidence
          ? []
          : [{ file, where: `${where}.confidence`, problem: 'differs from the English' }]),
      ];
    }),
    ...count('questions', english.questions.length, translated.questions.length),
    ...english.questions.flatMap((question, i) => {
      const theirs = translated.questions[i];
      if (!theirs) return [];
      const where = `questions.${i}`;
      return [
        ...text(question.ask, theirs.ask, `${where}.ask`),
        ...count(
          `${where}.strong_answer`,
          question.strong_answer.length,
          theirs.strong_answer.length,
        ),
        ...question.strong_answer.flatMap((point, j) =>
          theirs.strong_answer[j] === undefined
            ? []
            : text(point, theirs.strong_answer[j], `${where}.strong_answer.${j}`),
        ),
      ];
    }),
    ...READING_PROMPTS.flatMap((key) =>
      text(english.reading[key], translated.reading[key], `reading.${key}`),
    ),
  ];
}

function compareDataTexts(locale: string): ParityProblem[] {
  const name = textFileName(locale, 'data.yml');
  const file = `data/text/${name}`;
  const parsed = dataTextsSchema.safeParse(parse(read(name)));
  if (!parsed.success) return schemaProblems(file, parsed.error);
  const given = new Map(parsed.data.map((entry) => [entry.en, entry.text]));
  const shown = shownTexts(loadPackage(), loadReleases());
  return [
    ...shown.flatMap((english) => {
      const text = given.get(english);
      if (text === undefined) return [{ file, where: english, problem: 'no translation' }];
      return sameDigits(english, text, { file, where: english, locale });
    }),
    ...[...given.keys()]
      .filter((english) => !shown.includes(english))
      .map((english) => ({ file, where: english, problem: 'no page shows this text' })),
  ];
}

/**
 * A translated glossary against the English: the same terms in the same order, each definition
 * keeping its English's citations, links and numbers. Its patterns are its own: words inflect.
 */
function compareGlossary(locale: string): ParityProblem[] {
  const name = textFileName(locale, 'glossary.md');
  const file = `data/text/${name}`;
  const terms = (text: string, where: string) =>
    parseGlossary(text, where)
      .entries.map((entry) => entry.id)
      .join(', ');
  try {
    const ours = terms(read('glossary.md'), 'data/text/glossary.md');
    const theirs = terms(read(name), file);
    if (ours !== theirs)
      return [
        { file, where: 'its terms', problem: `the English has ${ours}; the translation ${theirs}` },
      ];
  } catch (error) {
    return [{ file, where: 'the file', problem: (error as Error).message }];
  }
  return compareDocuments(
    splitFrontMatter(read('glossary.md'), 'data/text/glossary.md').body,
    splitFrontMatter(read(name), file).body,
    locale,
    file,
  );
}

/** The files a translation must have: the English's, name for name, in data/text/<locale>/. */
const translationFiles = (): string[] => [
  'site-words.yml',
  'chart-words.yml',
  'sound-words.yml',
  'data.yml',
  'names.yml',
  'glossary.md',
  ...charts.flatMap(({ slug }) => [`${slug}.md`, `${slug}.checks.json`, `${slug}.excerpt.txt`]),
];

/**
 * Everything a translation lacks or changes against the English, file by file: the build stops on
 * any of it (scripts/check-data.ts), so that no page in any language says less than the English.
 */
export function translationProblems(locale: string): ParityProblem[] {
  const missing = translationFiles().filter(
    (name) => !existsSync(path.join(TEXT_DIR, textFileName(locale, name))),
  );
  if (missing.length)
    return missing.map((name) => ({
      file: `data/text/${textFileName(locale, name)}`,
      where: 'the file',
      problem: 'missing',
    }));
  const words = (name: string) =>
    compareMessages(
      readWordsFile(name).messages,
      readWordsFile(textFileName(locale, name)).messages,
      locale,
      `data/text/${textFileName(locale, name)}`,
    );
  const names = namesSchema.safeParse(parse(read(textFileName(locale, 'names.yml'))));
  return [
    ...(names.success
      ? []
      : schemaProblems(`data/text/${textFileName(locale, 'names.yml')}`, names.error)),
    ...words('site-words.yml'),
    ...words('chart-words.yml'),
    ...words('sound-words.yml'),
    ...compareDataTexts(locale),
    ...compareGlossary(locale),
    ...charts.flatMap(({ slug }) => [
      ...compareChartText(slug, locale),
      ...compareChecks(slug, locale),
      ...sameDigits(
        read(`${slug}.excerpt.txt`),
        read(textFileName(locale, `${slug}.excerpt.txt`)),
        {
          file: `data/text/${textFileName(locale, `${slug}.excerpt.txt`)}`,
          where: 'the excerpt',
          locale,
        },
      ),
    ]),
  ];
}

/** The translations data/text/ holds: each folder named for a language of the site. */
export const translationsPresent = () =>
  TRANSLATIONS.filter((locale) => existsSync(path.join(TEXT_DIR, locale)));
