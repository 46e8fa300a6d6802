import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { describedSource, SHOWN_COLUMNS } from '@/lib/data/shown-text';
import type { Release } from '@/lib/data/corrections';
import type { ValidatedPackage } from '@/lib/data/validate-package';
import { sameScript } from '@/lib/locale/locales';
import type { SourceDescriptor } from '@/lib/data/package-schema';

import { TEXT_DIR, siteSay, textFileName } from './chart-file';
import type { Say } from './messages';

/** A translation of data/'s shown texts: each English text, where it is from, and its words. */
export const dataTextsSchema = z.array(
  z.strictObject({ en: z.string().min(1), from: z.string(), text: z.string().min(1) }),
);

/** Each translation's words for the data's texts, by the English, read once per build. */
const translations = new Map<string, ReadonlyMap<string, string>>();
function dataTexts(locale: string): ReadonlyMap<string, string> {
  let texts = translations.get(locale);
  if (!texts) {
    const file = path.join(TEXT_DIR, textFileName(locale, 'data.yml'));
    const entries = dataTextsSchema.parse(parse(readFileSync(file, 'utf8')));
    translations.set(locale, (texts = new Map(entries.map((entry) => [entry.en, entry.text]))));
  }
  return texts;
}

/**
 * The shown columns whose cells the charts' code also reads as codes (a unit of "letters", a
 * measure "to death") and a resource's key (a personnel category names its marks): they stay as
 * they are in every language.
 */
const CODES = new Set(['unit', 'measure']);

/**
 * One text of the data in a language: for the cells the package keeps as codes, where a chart
 * shows one to a reader (a unit after a figure, a personnel category as its row's name).
 */
export function dataText({ locale }: { locale: string }, text: string): string {
  if (locale === 'en') return text;
  const translated = dataTexts(locale).get(text.trim());
  if (translated === undefined)
    throw new Error(`data/text/${locale}/data.yml: no translation of “${text}”`);
  return translated;
}

/** Each package's translations, made once per language. */
const made = new WeakMap<ValidatedPackage, Map<string, ValidatedPackage>>();

/**
 * The package as a page in a language shows it: every text a page shows (a row's name, its note,
 * its period as printed, the titles and descriptions) in that language, from
 * data/text/<locale>/data.yml, and every figure, id, code and "?" as it is. English is the
 * package itself. A text with no translation stops the build (the translation check lists them).
 */
export function localizedPackage(pkg: ValidatedPackage, locale: string): ValidatedPackage {
  if (locale === 'en') return pkg;
  let byLocale = made.get(pkg);
  if (!byLocale) made.set(pkg, (byLocale = new Map()));
  const existing = byLocale.get(locale);
  if (existing) return existing;
  const translate = <T extends string | undefined>(text: T): T =>
    text === undefined || !/\p{L}/u.test(text) ? text : (dataText({ locale }, text) as T);
  const { descriptor } = pkg;
  const say = siteSay(locale);
  const keyOf = (name: string) =>
    new Set(descriptor.resources.find((resource) => resource.name === name)?.schema.primaryKey);
  const records = Object.fromEntries(
    Object.entries(pkg.records).map(([name, rows]) => {
      const key = keyOf(name);
      const translated = (column: string) =>
        SHOWN_COLUMNS.has(column) && !CODES.has(column) && !key.has(column);
      return [
        name,
        (rows as readonly Record<string, unknown>[]).map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([column, value]) => [
              column,
              translated(column) && typeof value === 'string' ? translate(value) : value,
            ]),
          ),
        ),
      ];
    }),
  ) as ValidatedPackage['records'];
  const localized: ValidatedPackage = {
    records,
    descriptor: {
      ...descriptor,
      title: translate(descriptor.title),
      description: translate(descriptor.description),
      licenseNote: translate(descriptor.licenseNote),
      // The teaching documents and the primary sources are translated; scholarship keeps its
      // title as published, in its own script where the page's language is written in it.
      sources: descriptor.sources.map((source) =>
        describedSource(source)
          ? { ...source, title: translate(source.title), shortTitle: translate(source.shortTitle) }
          : source.original && sameScript(locale, source.original.language)
            ? { ...source, title: source.original.title, shortTitle: source.original.shortTitle }
            : { ...source, ...authorsJoined(source, say) },
      ),
      resources: descriptor.resources.map((resource) => ({
        ...resource,
        title: translate(resource.title),
        description: translate(resource.description),
        period: translate(resource.period),
        groups: resource.groups?.map((group) => ({ ...group, title: translate(group.title) })),
        schema: {
          ...resource.schema,
          fields: resource.schema.fields.map((field) => ({
            ...field,
            title: translate(field.title),
            description: translate(field.description),
          })),
        },
      })),
    },
  };
  byLocale.set(locale, localized);
  return localized;
}

/**
 * A work of scholarship with its authors joined as the page's language joins them ("Junge och
 * Binner (2003)"), its title otherwise as published. Its short title is its authors and year
 * ("Junge and Binner (2003)"), and its title starts with the same authors and a comma.
 */
function authorsJoined(source: SourceDescriptor, say: Say): Partial<SourceDescriptor> {
  const authors = source.shortTitle?.match(/^(.+) \(\d{4}\)$/)?.[1];
  if (!authors?.includes(' and ')) return {};
  const names = authors.split(/, | and /);
  const joined = [names.slice(0, -1).join(say('authors-separator')), names.at(-1)].join(
    say('authors-last-separator'),
  );
  const title = source.title.startsWith(`${authors}, `)
    ? `${joined}${source.title.slice(authors.length)}`
    : source.title;
  return { title, shortTitle: source.shortTitle!.replace(authors, joined) };
}

/** The corrections log in a language: each release's words translated, its versions and dates kept. */
export function localizedReleases(releases: readonly Release[], locale: string): Release[] {
  const say = { locale };
  return releases.map((release) => ({
    ...release,
    summary: dataText(say, release.summary),
    additions: release.additions.map((addition) => dataText(say, addition)),
    corrections: release.corrections.map((correction) => ({
      ...correction,
      said: dataText(say, correction.said),
      says: dataText(say, correction.says),
      why: dataText(say, correction.why),
    })),
  }));
}
