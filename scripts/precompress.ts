// Runs last after every build (npm's "postbuild"): writes a Brotli (.br) and a gzip (.gz) copy
// beside every text file of the export, so that a server sends the smallest a browser accepts
// without compressing on each request (npm start does; nginx does with gzip_static/brotli_static).
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

import { EXPORT_DIR } from './prerendered-pages';

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

const TEXT = /\.(html|js|css|txt|json|svg|xml|csv|webmanifest)$/;
/**
 * Brotli's best for what a first visit loads (a page, its script and style); a quick level for the
 * rest (the payloads of moves between pages, downloads), which are most of the bytes. Measured on
 * a tenth of the payloads (5.2 MB, 2026-12-03): level 9 took 2,034 ms, level 6 141 ms for 1.1%
 * more bytes; over the whole export precompressing went from 33.9 s to 21.6 s, its Brotli copies
 * 0.9% larger.
 */
const qualityOf = (file: string) => (/\.(html|js|css)$/.test(file) ? 11 : 6);
/** Below this, compression saves less than the headers it costs. */
const SMALLEST = 1024;

// A build made only to test its addresses (tests/e2e/builds/subpath.spec.ts) may go without:
// the server then sends every file as it is. Precompressing is about a quarter of a build's time
// (22 of 86 s on a fresh clone, 2026-12-03).
if (process.env.PRECOMPRESS === 'off') {
  console.log('Not precompressed (PRECOMPRESS=off): files are sent as they are.');
  process.exit(0);
}

const started = Date.now();
let written = 0;
let before = 0;
let after = 0;
const files = readdirSync(EXPORT_DIR, { recursive: true, encoding: 'utf8' })
  .map((file) => path.join(EXPORT_DIR, file))
  .filter((full) => TEXT.test(full) && statSync(full).size >= SMALLEST);
// zlib's asynchronous calls compress on libuv's threads, so every core works: one file at a time
// took most of the build's post-processing.
await Promise.all(
  files.map(async (full) => {
    const content = await readFile(full);
    const [brotli, gzipped] = await Promise.all([
      compressBrotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: qualityOf(full),
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      compressGzip(content, { level: 9 }),
    ]);
    await Promise.all([writeFile(`${full}.br`, brotli), writeFile(`${full}.gz`, gzipped)]);
    written++;
    before += content.length;
    after += brotli.length;
  }),
);
console.log(
  `Precompressed ${written} files in ${Date.now() - started} ms: ${Math.round(before / 1024)} KiB, ${Math.round(after / 1024)} KiB as Brotli.`,
);
