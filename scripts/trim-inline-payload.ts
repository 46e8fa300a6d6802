// Runs first after every build (npm's "postbuild"), before the script hashes are taken: takes out
// of each prerendered page's inline React payload what the page's HTML already holds (see
// lib/build/inline-payload.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { trimInlinePayload } from '../lib/build/inline-payload';
import { EXPORT_DIR, prerenderedPages } from './prerendered-pages';

const files = prerenderedPages();
let before = 0;
let after = 0;
for (const file of files) {
  const trimmed = trimInlinePayload(readFileSync(path.join(EXPORT_DIR, file), 'utf8'));
  if (trimmed.before === 0) continue;
  writeFileSync(path.join(EXPORT_DIR, file), trimmed.html);
  before += trimmed.before;
  after += trimmed.after;
}
// Every page has a payload: finding none means Next.js now writes it differently.
if (before === 0) throw new Error(`No inline React payload found in the ${files.length} pages`);
const kB = (n: number) => `${Math.round(n / 1000)} kB`;
console.log(
  `Inline React payloads trimmed of what the pages' HTML holds: ${kB(before)} → ${kB(after)} in ${files.length} pages.`,
);
