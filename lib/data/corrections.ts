import { readFileSync } from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'a version of the form 1.2.3');

const correctionSchema = z.object({
  /** The chart the correction shows on, or null for the site as a whole. */
  chart: z.string().nullable(),
  said: z.string().min(1),
  says: z.string().min(1),
  why: z.string().min(1),
});

const correctionsSchema = z.object({
  releases: z
    .array(
      z.object({
        version: semver,
        date: z.iso.date(),
        /** dataDigest() of data/ as released, so that a later change needs a new release. */
        digest: z.string().regex(/^sha256:[0-9a-f]{64}$/),
        summary: z.string().min(1),
        /** What the release adds: new datasets or figures, which correct nothing. */
        additions: z.array(z.string().min(1)).default([]),
        corrections: z.array(correctionSchema),
      }),
    )
    .min(1),
});

export type Release = z.infer<typeof correctionsSchema>['releases'][number];

/** The data's releases, newest first, each with the corrections it made. */
export function loadReleases(): Release[] {
  const file = path.join(process.cwd(), 'data', 'corrections.json');
  return correctionsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).releases;
}

/** Compares versions "1.2.3" as numbers: negative when a comes before b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! - y![i]!;
  return 0;
}
