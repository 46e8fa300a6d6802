import { readFileSync } from 'node:fs';
import path from 'node:path';

import { chartBySlug } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';

import { readChartFile, siteSay, TEXT_DIR, textFileName } from './chart-file';
import { attributeBlocks, attributeInlines, figureAttributions } from './attribution';
import {
  READING_PROMPTS,
  sourceCheckSchema,
  translatedChecksSchema,
  type ReadingPrompt,
  type SourceCheck,
} from './content';
import { parseDocument, type Block } from './document';
import { linkTerms, loadGlossary } from './glossary';
import { parseInline, plainText, type Inline } from './inline';
import { localizedPackage } from './localized-package';

type Check = SourceCheck['checks'][number];

/** A source check as pages show it: scholarship and reasons with their numbers linked. */
export interface ChartCheck extends Omit<Check, 'scholarship' | 'why'> {
  scholarship: Inline[];
  why: Inline[];
  /** The source's words in the page's language, beside its English; null in English. */
  sourceTranslation: string | null;
}

export interface ChartText {
  blocks: Block[];
  /** The takeaway as a slide shows it, with the attribution of any figure it names. */
  takeaway: string;
  checks: ChartCheck[];
  questions: string[];
  /** For each question, what a strong answer would mention: for the teacher's page only. */
  strongAnswers: Inline[][][];
  /** The historian's four questions, each asked of the excerpt, with their links. */
  reading: Record<ReadingPrompt, Inline[]>;
  /** The lines of the source document the chart's figures come from, as transcribed. */
  excerpt: string;
  /** Those lines in the page's language, shown beside them; null in English. */
  excerptTranslation: string | null;
  /** The check file as written, for tests of its words and numbers. */
  raw: SourceCheck;
}

/**
 * The explanatory text and source check of a chart, read at build time from data/text/. Every
 * figure they link to that is not "checked" gets its attribution here, once, from the data's
 * confidence: a figure of scholarship by its id, a mark of the chart by its cell in the data.
 */
export function loadChartText(slug: string, locale: string): ChartText {
  const name = textFileName(locale, `${slug}.checks.json`);
  const file = `data/text/${name}`;
  const schema = locale === 'en' ? sourceCheckSchema : translatedChecksSchema;
  const parsed = schema.safeParse(JSON.parse(readFileSync(path.join(TEXT_DIR, name), 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  // The sources named in the language of the text: «Справка Павлова» (1953) in Russian.
  const pkg = localizedPackage(loadPackage(), locale);
  // Figures linked by id (figure: and rows with an id), and the chart's marks by their cells.
  const attributions = figureAttributions(
    siteSay(locale),
    pkg,
    chartBySlug(slug)?.figureCells(pkg),
  );
  const inline = (text: string) => attributeInlines(parseInline(text), attributions);
  return {
    // Each glossary term links to its entry where the text first uses it.
    blocks: linkTerms(
      attributeBlocks(parseDocument(readChartFile(slug, locale).body), attributions),
      loadGlossary(locale).matchers,
    ),
    takeaway: plainText(inline(parsed.data.takeaway)),
    checks: parsed.data.checks.map((check) => ({
      ...check,
      scholarship: inline(check.scholarship),
      why: inline(check.why),
      sourceTranslation: (check as { source_translation?: string }).source_translation ?? null,
    })),
    questions: parsed.data.questions.map((question) => question.ask),
    strongAnswers: parsed.data.questions.map((question) => question.strong_answer.map(inline)),
    reading: Object.fromEntries(
      READING_PROMPTS.map((key) => [key, inline(parsed.data.reading[key])]),
    ) as ChartText['reading'],
    excerpt: readFileSync(path.join(TEXT_DIR, `${slug}.excerpt.txt`), 'utf8'),
    excerptTranslation:
      locale === 'en'
        ? null
        : readFileSync(path.join(TEXT_DIR, textFileName(locale, `${slug}.excerpt.txt`)), 'utf8'),
    raw: parsed.data,
  };
}
