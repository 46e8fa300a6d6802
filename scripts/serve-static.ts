// Serves the exported site (out/) as a static host does: each file with the headers of the
// `_headers` file the build wrote, the precompressed .br or .gz copy a browser accepts, and the
// 404 page for anything else. `npm start` runs it; so do the end-to-end tests and the benchmarks.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

import sirv from 'sirv';

import { headersFor, parseHeadersFile } from '../lib/headers';
import { EXPORT_DIR } from './prerendered-pages';

/** Files the build writes for hosts, not for visitors. */
const HOST_FILES = new Set(['/_headers', '/_nginx.conf']);

function staticServer(dir: string): Server {
  const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  const notFound = readFileSync(path.join(dir, '404.html'));
  const files = sirv(dir, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(response, pathname) {
      for (const [name, value] of Object.entries(headersFor(rules, pathname)))
        response.setHeader(name, value);
    },
  });
  return createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const sendNotFound = () => {
      response.statusCode = 404;
      for (const [name, value] of Object.entries(headersFor(rules, '/404.html')))
        response.setHeader(name, value);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound);
    };
    if (HOST_FILES.has(pathname)) sendNotFound();
    else files(request, response, sendNotFound);
  });
}

const portArgument = process.argv.indexOf('--port');
const port = Number(
  portArgument === -1 ? (process.env.PORT ?? 3000) : process.argv[portArgument + 1],
);
// Every interface by default, as a school's own machine serving its classrooms needs.
const host = process.env.HOST ?? '0.0.0.0';
staticServer(EXPORT_DIR).listen(port, host, () =>
  console.log(`Repression in Numbers is served at http://localhost:${port}`),
);
