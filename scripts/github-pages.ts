// `npm run build:github-pages` runs it after the build: readies the export (out/) for GitHub
// Pages, which resolves addresses otherwise than the other hosts (lib/build/github-pages.ts).
import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { githubPagesChanges } from '../lib/build/github-pages';
import { EXPORT_DIR } from './prerendered-pages';

const files = readdirSync(EXPORT_DIR, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) =>
    path.relative(EXPORT_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
  );
const { copies, removals } = githubPagesChanges(files);
for (const { from, to } of copies)
  copyFileSync(path.join(EXPORT_DIR, from), path.join(EXPORT_DIR, to));
for (const file of removals) rmSync(path.join(EXPORT_DIR, file));
// Published from a branch rather than by the workflow, the folder would first go through Jekyll,
// which leaves out every path starting with "_", Next.js's _next/ among them: this file stops it.
writeFileSync(path.join(EXPORT_DIR, '.nojekyll'), '');
console.log(
  `Ready for GitHub Pages: ${copies.length} pages also written as <page>/index.html, ${removals.length} files for other hosts removed from ${EXPORT_DIR}/.`,
);
