import { readFileSync } from 'node:fs';
import path from 'node:path';

import { sourceCheckSchema, type SourceCheck } from './content';
import { parseDocument, type Block } from './document';

const TEXT_DIR = path.join(process.cwd(), 'data', 'text');

export interface ChartText {
  blocks: Block[];
  check: SourceCheck;
  /** The lines of the source document the chart's figures come from, verbatim. */
  excerpt: string;
}

/** The explanatory text and source check of a chart, read at build time from data/text/. */
export function loadChartText(slug: string): ChartText {
  const file = `data/text/${slug}.checks.json`;
  const parsed = sourceCheckSchema.safeParse(
    JSON.parse(readFileSync(path.join(TEXT_DIR, `${slug}.checks.json`), 'utf8')),
  );
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return {
    blocks: parseDocument(readFileSync(path.join(TEXT_DIR, `${slug}.md`), 'utf8')),
    check: parsed.data,
    excerpt: readFileSync(path.join(TEXT_DIR, `${slug}.excerpt.txt`), 'utf8'),
  };
}
