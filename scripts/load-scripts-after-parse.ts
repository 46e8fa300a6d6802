// Runs after every build (npm's "postbuild"), before the script hashes are taken: holds Next.js's
// scripts in every prerendered page until the page has been read (see lib/build/script-loading.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { AFTER_PARSE_TYPE, loadScriptsAfterParse } from '../lib/build/script-loading';
import { EXPORT_DIR, prerenderedPages } from './prerendered-pages';

const files = prerenderedPages();
let pages = 0;
for (const file of files) {
  const page = readFileSync(path.join(EXPORT_DIR, file), 'utf8');
  const { html, held } = loadScriptsAfterParse(page);
  if (held > 0) writeFileSync(path.join(EXPORT_DIR, file), html);
  if (held > 0 || page.includes(AFTER_PARSE_TYPE)) pages++;
}
// Every page has Next.js's scripts: finding none means Next.js now writes them differently, and
// the pages would silently go back to fetching them early.
if (pages === 0) throw new Error(`No Next.js script tags found in the ${files.length} pages`);
console.log(`Next.js's scripts held until the page is read, in ${pages} of ${files.length} pages.`);
