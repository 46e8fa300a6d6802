// Runs last after every build (npm's "postbuild"): writes a Brotli (.br) and a gzip (.gz) copy
// beside every text file of the export, so that a server sends the smallest a browser accepts
// without compressing on each request (npm start does; nginx does with gzip_static/brotli_static).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { EXPORT_DIR } from './prerendered-pages';

const TEXT = /\.(html|js|css|txt|json|svg|xml|csv|webmanifest)$/;
/** Below this, compression saves less than the headers it costs. */
const SMALLEST = 1024;

const started = Date.now();
let written = 0;
let before = 0;
let after = 0;
for (const file of readdirSync(EXPORT_DIR, { recursive: true, encoding: 'utf8' })) {
  const full = path.join(EXPORT_DIR, file);
  if (!TEXT.test(file) || statSync(full).size < SMALLEST) continue;
  const content = readFileSync(full);
  const brotli = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${full}.br`, brotli);
  writeFileSync(`${full}.gz`, gzipSync(content, { level: 9 }));
  written++;
  before += content.length;
  after += brotli.length;
}
console.log(
  `Precompressed ${written} files in ${Date.now() - started} ms: ${Math.round(before / 1024)} KiB, ${Math.round(after / 1024)} KiB as Brotli.`,
);
