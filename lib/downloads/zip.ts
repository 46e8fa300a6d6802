import { strToU8, zipSync } from 'fflate';

/** A zip of named files; a fixed date keeps the archive identical from one build to the next. */
export function zipFiles(files: Record<string, string | Uint8Array>): Uint8Array {
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, content]) => [
        name,
        [typeof content === 'string' ? strToU8(content) : content, { mtime }],
      ]),
    ),
    { level: 6 },
  );
}
