// Serves the exported site (out/) as a static host does: each file with the headers of the
// `_headers` file the build wrote, the precompressed .br or .gz copy a browser accepts, and the
// 404 page for anything else. `npm start` runs it; so do the end-to-end tests and the benchmarks.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

import sirv from 'sirv';

import { headersFor, parseHeadersFile } from '../lib/build/headers';
import { EXPORT_DIR } from './prerendered-pages';

/** Types of the site's files that sirv's list (mrmime) lacks: it would send an empty type. */
const MORE_TYPES: Record<string, string> = { '.ico': 'image/x-icon' };

/** Files the build writes for hosts, not for visitors. */
const HOST_FILES = new Set(['/_headers', '/_nginx.conf']);

const READ_METHODS = 'GET, HEAD';

function staticServer(dir: string): { server: Server; base: string } {
  const rules = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  // The folder the site was built for ('' at the root), as its catch-all rule names it ("/x/*"):
  // its files are served under it, and anything outside it is not the site's.
  const base = rules[0]!.path.replace(/\/\*$/, '');
  const notFound = readFileSync(path.join(dir, '404.html'));
  const files = sirv(dir, {
    extensions: ['html'],
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(response, pathname) {
      for (const [name, value] of Object.entries(headersFor(rules, `${base}${pathname}`)))
        response.setHeader(name, value);
      const type = MORE_TYPES[path.extname(pathname)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  const server = createServer((request, response) => {
    // A folder of files can only be read: any other method is refused, as static hosts do.
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: READ_METHODS, 'Content-Length': 0 });
      return response.end();
    }
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const sendNotFound = () => {
      response.statusCode = 404;
      for (const [name, value] of Object.entries(headersFor(rules, `${base}/404.html`)))
        response.setHeader(name, value);
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(notFound);
    };
    const inSite = pathname === base || pathname.startsWith(`${base}/`);
    const local = pathname.slice(base.length) || '/';
    if (!inSite || HOST_FILES.has(local)) return sendNotFound();
    const url = request.url ?? '/';
    request.url = local + (url.includes('?') ? url.slice(url.indexOf('?')) : '');
    files(request, response, sendNotFound);
  });
  return { server, base };
}

const portArgument = process.argv.indexOf('--port');
const port = Number(
  portArgument === -1 ? (process.env.PORT ?? 3000) : process.argv[portArgument + 1],
);
// Every interface by default, as a school's own machine serving its classrooms needs.
const host = process.env.HOST ?? '0.0.0.0';
const { server, base } = staticServer(EXPORT_DIR);
server.listen(port, host, () =>
  console.log(`Repression in Numbers is served at http://localhost:${port}${base}/`),
);
