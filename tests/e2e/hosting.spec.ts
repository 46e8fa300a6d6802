import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { routeOfHtmlFile } from '@/lib/build/csp';
import { charts } from '@/lib/charts/registry';
import { COMMON_HEADERS, headersFor, parseHeadersFile } from '@/lib/build/headers';
import { loadDeck } from '@/lib/present/load-deck';
import { sitePaths } from '@/lib/site/pages';

// The export as the build left it: the files a static host is given.
const OUT = 'out';
const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8');
const pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.html') && !file.startsWith('_next'),
);

test('each page carries its script policy in a meta tag, and the headers file gives it the full policy', () => {
  const rules = parseHeadersFile(read('_headers'));
  // Every page of the site is in the export.
  const exported = new Set(pages.map(routeOfHtmlFile));
  for (const route of sitePaths(
    charts.map((chart) => chart.slug),
    loadDeck('en').length,
  ))
    expect(exported, route).toContain(route);
  for (const file of pages) {
    const html = read(file);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta, file).toBeDefined();
    expect(html.indexOf(meta!), `${file}: the policy comes before any script`).toBeLessThan(
      html.indexOf('<script'),
    );
    expect(meta, file).not.toContain('frame-ancestors');
    const route = routeOfHtmlFile(file);
    const address = route === '/404' ? '/404.html' : route;
    const headers = headersFor(rules, address);
    expect(headers, address).toMatchObject(COMMON_HEADERS);
    const framing = route.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'";
    expect(headers['Content-Security-Policy'], address).toBe(`${meta!}; ${framing}`);
    expect(headers['X-Frame-Options'], address).toBe(
      route.startsWith('/embed/') ? undefined : 'DENY',
    );
  }
  expect(headersFor(rules, '/_next/static/chunks/x.js')['Cache-Control']).toContain('immutable');
});

test('the nginx include serves every page from its file with all its headers in its own location', () => {
  const include = read('_nginx.conf');
  const locations = include.split(/^location /m).slice(1);
  for (const location of locations)
    for (const name of Object.keys(COMMON_HEADERS))
      expect(location).toContain(`add_header ${name}`);
  for (const file of pages.filter((f) => !['404.html', 'index.html'].includes(f))) {
    const route = routeOfHtmlFile(file);
    expect(include, route).toContain(`location = ${route} {\n    try_files /${file} =404;`);
  }
});

/** Every text of the export, by file, zips and workbooks opened; images and compressed copies left out. */
function exportedTexts(): [string, string][] {
  const texts: [string, string][] = [];
  const visit = (name: string, bytes: Uint8Array) => {
    if (/\.(zip|xlsx)$/.test(name))
      for (const [member, content] of Object.entries(unzipSync(bytes)))
        visit(`${name}!${member}`, content);
    else if (!/\.(png|br|gz|woff2?|ico)$/.test(name)) texts.push([name, strFromU8(bytes)]);
  };
  for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' }))
    if (!statSync(path.join(OUT, file)).isDirectory())
      visit(file, readFileSync(path.join(OUT, file)));
  return texts;
}

test('a build without the site address names no localhost anywhere, and no sitemap', () => {
  // The tests' build is made without SITE_URL (playwright.config.ts, .ci/run).
  const texts = exportedTexts();
  expect(texts.length).toBeGreaterThan(500);
  for (const [file, text] of texts)
    if (file.startsWith('_next/static/'))
      // Next.js's own runtime tests a URL's host against the word ("localhost"===host) in code;
      // it names no address.
      expect(text, file).not.toMatch(/\/\/localhost|localhost:\d/i);
    else expect(text, file).not.toMatch(/localhost/i);
  expect(existsSync(path.join(OUT, 'sitemap.xml'))).toBe(false);
});

test('robots.txt allows every page and names no sitemap without the site address', async ({
  request,
}) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await response.text()).toBe('User-agent: *\nAllow: /\n');
  expect((await request.get('/sitemap.xml')).status()).toBe(404);
});

test('every text file of the export has Brotli and gzip copies that decompress to it', () => {
  const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(html|js|css)$/.test(file),
  );
  for (const file of files) {
    const original = readFileSync(path.join(OUT, file));
    if (original.length < 1024) continue;
    expect(
      brotliDecompressSync(readFileSync(path.join(OUT, `${file}.br`))).equals(original),
      file,
    ).toBe(true);
    expect(gunzipSync(readFileSync(path.join(OUT, `${file}.gz`))).equals(original), file).toBe(
      true,
    );
  }
});

test('the server refuses every method but reading, naming the ones it allows', async ({
  request,
}) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
    const response = await request.fetch('/charts/personnel', { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow'], method).toBe('GET, HEAD');
    expect(await response.text(), method).toBe('');
  }
  expect((await request.head('/charts/personnel')).status()).toBe(200);
});
