import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

import sirv from 'sirv';

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
const isFolder = (file: string) =>
  statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * A stand-in for GitHub Pages, serving `dir` under `base` as Pages resolves an address
 * (https://github.com/jekyll/jekyll/issues/4920): the file itself; else, for a folder, a redirect
 * to the address with a slash and then its index.html; else the address plus .html; else 404.html.
 * It sends none of the site's headers, as Pages sends none.
 */
export function githubPagesHost(dir: string, base: string): Server {
  const files = sirv(dir, { extensions: [], etag: true });
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const local = decodeURIComponent(url.pathname.slice(base.length)) || '/';
    const full = path.join(dir, local);
    const serve = (file: string) => {
      request.url = file;
      files(request, response, notFound);
    };
    const notFound = () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(readFileSync(path.join(dir, '404.html')));
    };
    if (!url.pathname.startsWith(`${base}/`) && url.pathname !== base) return notFound();
    if (isFile(full)) return serve(local);
    if (isFolder(full)) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return response.end();
      }
      if (isFile(path.join(full, 'index.html'))) return serve(`${local}index.html`);
    } else if (isFile(`${full}.html`)) return serve(`${local}.html`);
    notFound();
  });
}
