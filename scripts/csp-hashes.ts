// Runs after every build (npm's "postbuild"): hashes the inline scripts of every prerendered page,
// so that the proxy can allow exactly those scripts and no others.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { HASHES_FILE, inlineScripts, routeOfHtmlFile } from '../lib/csp';
import { PRERENDERED_DIR, prerenderedPages } from './prerendered-pages';

const files = prerenderedPages();
const hashes = Object.fromEntries(
  files.map((file) => [
    routeOfHtmlFile(file),
    [
      ...new Set(
        inlineScripts(readFileSync(path.join(PRERENDERED_DIR, file), 'utf8')).map((script) =>
          createHash('sha256').update(script, 'utf8').digest('base64'),
        ),
      ),
    ],
  ]),
);
writeFileSync(path.join('.next', HASHES_FILE), JSON.stringify(hashes));
console.log(
  `Script hashes for the Content-Security-Policy of ${files.length} pages written to .next/${HASHES_FILE}.`,
);
