import { z } from 'zod';

/**
 * A number from a source that may not be there. "Unknown" (the source prints "?") and "not given"
 * (the source prints nothing) are values of their own, so that no later stage can mistake them for
 * zero or drop them silently.
 */
export const quantitySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('known'), value: z.number() }),
  z.object({ status: z.literal('unknown') }),
  z.object({ status: z.literal('not-given') }),
]);

export type Quantity = z.infer<typeof quantitySchema>;

export const known = (value: number): Quantity => ({ status: 'known', value });
export const unknown: Quantity = { status: 'unknown' };
export const notGiven: Quantity = { status: 'not-given' };

/** The source's own marker for a figure it does not know. */
export const UNKNOWN_MARKER = '?';
