import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The project's tracked files, as a fresh clone has them: no build and no downloads yet. */
export function freshClone(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'repression-clone-'));
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) cpSync(file, path.join(dir, file), { recursive: true });
  // node_modules by hard links: the same packages, installed in a second without copying them.
  execFileSync('cp', ['-al', 'node_modules', path.join(dir, 'node_modules')]);
  return dir;
}
