import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

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

/** A chart's text file, data/text/<slug>.md: its heading, and the explanatory text under it. */
export function readChartFile(slug: string) {
  const file = `data/text/${slug}.md`;
  const text = readFileSync(path.join(TEXT_DIR, `${slug}.md`), 'utf8');
  const { front, body } = splitFrontMatter(text, file);
  return { heading: chartHeading(front, file), body };
}
