// Where `next build` leaves the prerendered pages, for the steps that run after it.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const PRERENDERED_DIR = path.join('.next', 'server', 'app');

/** Every prerendered page, as a path relative to PRERENDERED_DIR ("charts/personnel.html"). */
export function prerenderedPages(): string[] {
  return readdirSync(PRERENDERED_DIR, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
}
