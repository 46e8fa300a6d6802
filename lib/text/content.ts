import { z } from 'zod';

import { parseInline, plainText } from './inline';

/** The habits of reading a source, in the order a historian takes them. */
export const READING_PROMPTS = ['sourcing', 'context', 'corroboration', 'close_reading'] as const;
export type ReadingPrompt = (typeof READING_PROMPTS)[number];

/**
 * A chart's takeaway (one sentence for a slide), its source check (where the source and
 * scholarship part) and questions for a class, each with what a strong answer would mention: for
 * the teacher's page only, every point tied to the chart's data or sources.
 */
export const sourceCheckSchema = z.object({
  takeaway: z.string().min(1).max(160),
  checks: z
    .array(
      z.object({
        title: z.string().min(1),
        source: z.string().min(1),
        scholarship: z.string().min(1),
        why: z.string().min(1),
        /** "computed" for arithmetic on the source's own figures, which no reading can check. */
        confidence: z.enum(['checked', 'reported', 'unchecked', 'computed', 'mixed']),
      }),
    )
    .min(1),
  questions: z
    .array(
      z.object({
        ask: z.string().min(1),
        strong_answer: z.array(z.string().min(1)).min(2).max(4),
      }),
    )
    .min(2)
    .max(4),
  /**
   * The four questions a historian asks of a source (who wrote it and when, what was happening,
   * what other evidence says, which words to read closely), each asked of this chart's excerpt.
   */
  reading: z.strictObject(
    Object.fromEntries(READING_PROMPTS.map((key) => [key, z.string().min(1)])) as Record<
      ReadingPrompt,
      z.ZodString
    >,
  ),
});

export type SourceCheck = z.infer<typeof sourceCheckSchema>;

/**
 * A translated source check: the English's, with a translation beside each source quotation. Its
 * takeaway is held to the slide's 160 characters as a reader sees them, without the links' own
 * syntax (a longer language needs the room that English gives to markup).
 */
export const translatedChecksSchema = sourceCheckSchema.extend({
  takeaway: z
    .string()
    .min(1)
    .refine((takeaway) => plainText(parseInline(takeaway)).length <= 160, {
      message: 'longer than a slide’s 160 characters as shown',
    }),
  checks: z.array(
    sourceCheckSchema.shape.checks.element.extend({ source_translation: z.string().min(1) }),
  ),
});
