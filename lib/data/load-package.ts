import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DataError } from './data-issue';
import { validatePackage, type ValidatedPackage } from './validate-package';

const DATA_DIR = path.join(process.cwd(), 'data');

let cached: ValidatedPackage | undefined;

/** Reads the descriptor and every CSV file of the project's data/ folder. */
export function readPackageFiles(): { json: unknown; files: Record<string, string> } {
  const json: unknown = JSON.parse(readFileSync(path.join(DATA_DIR, 'datapackage.json'), 'utf8'));
  const files = Object.fromEntries(
    readdirSync(DATA_DIR)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => [name, readFileSync(path.join(DATA_DIR, name), 'utf8')]),
  );
  return { json, files };
}

/**
 * The validated package, read once per process. Every page calls this at build time, so invalid
 * data throws here and stops `next build` with the list of problems.
 */
export function loadPackage(): ValidatedPackage {
  if (cached) return cached;
  const { json, files } = readPackageFiles();
  const result = validatePackage(json, files);
  if (!result.ok) throw new DataError(result.issues);
  cached = result.value;
  return cached;
}
