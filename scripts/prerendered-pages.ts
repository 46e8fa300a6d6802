// Where `next build` exports the site (Next.js's `output: 'export'`), for the steps that run after
// it and write their results into the same folder.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const EXPORT_DIR = 'out';

/** Every exported page, as a path relative to EXPORT_DIR ("charts/personnel.html"). */
export function prerenderedPages(): string[] {
  return readdirSync(EXPORT_DIR, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith(`_next${path.sep}`),
  );
}
