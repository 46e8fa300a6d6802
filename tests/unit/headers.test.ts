import { describe, expect, it } from 'vitest';

import {
  COMMON_HEADERS,
  headersFile,
  headersFor,
  nginxInclude,
  parseHeadersFile,
  siteHeaderRules,
} from '@/lib/build/headers';

const rules = siteHeaderRules([
  { route: '/', scriptHashes: ['a='] },
  { route: '/charts/personnel', scriptHashes: ['b='] },
  { route: '/embed/personnel', scriptHashes: ['c='] },
  { route: '/404', scriptHashes: ['d='] },
]);

describe('siteHeaderRules', () => {
  it('gives a page its own policy and refuses framing, at both of its addresses', () => {
    for (const path of ['/charts/personnel', '/charts/personnel.html']) {
      const headers = headersFor(rules, path);
      expect(headers).toMatchObject(COMMON_HEADERS);
      expect(headers['Content-Security-Policy']).toContain("'sha256-b='");
      expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(headers['X-Frame-Options']).toBe('DENY');
      expect(headers['Cache-Control']).toBe('public, max-age=300');
    }
  });

  it('lets an embed, and only an embed, be framed by any site', () => {
    const headers = headersFor(rules, '/embed/personnel');
    expect(headers['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(headers['X-Frame-Options']).toBeUndefined();
  });

  it('keeps hashed assets for a year and gives other files the common headers only', () => {
    expect(headersFor(rules, '/_next/static/chunks/a.js')['Cache-Control']).toContain('immutable');
    expect(headersFor(rules, '/downloads/data/x.csv')).toEqual(COMMON_HEADERS);
  });

  it('serves the home page at / and /index.html, and the 404 page by its file', () => {
    expect(headersFor(rules, '/')['Content-Security-Policy']).toContain("'sha256-a='");
    expect(headersFor(rules, '/index.html')['Content-Security-Policy']).toContain("'sha256-a='");
    expect(headersFor(rules, '/404.html')['Content-Security-Policy']).toContain("'sha256-d='");
  });
});

describe('headersFor', () => {
  it('refuses a header that two matching rules set, as hosts would send both', () => {
    expect(() =>
      headersFor(
        [
          { path: '/*', headers: { 'X-Frame-Options': 'DENY' } },
          { path: '/embed/*', headers: { 'X-Frame-Options': 'ALLOWALL' } },
        ],
        '/embed/x',
      ),
    ).toThrow(/two rules/);
  });
});

describe('headersFile', () => {
  it('reads back as the rules it was written from', () => {
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules);
  });

  it('refuses a header line before any path', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/outside a rule/);
  });
});

describe('nginxInclude', () => {
  it('repeats the common headers in every location, which nginx would otherwise drop', () => {
    const include = nginxInclude(rules);
    const locations = include.split(/^location /m).slice(1);
    expect(locations.length).toBe(2 + 7);
    for (const location of locations)
      for (const [name, value] of Object.entries(COMMON_HEADERS))
        expect(location).toContain(`add_header ${name} "${value}" always;`);
  });

  it('serves each page from its file, with its own policy', () => {
    const include = nginxInclude(rules);
    expect(include).toMatch(
      /location = \/charts\/personnel \{\n {4}try_files \/charts\/personnel\.html =404;[^}]*sha256-b=[^}]*X-Frame-Options "DENY"/,
    );
    expect(include).toMatch(/location = \/embed\/personnel \{[^}]*frame-ancestors \*/);
    expect(include).not.toMatch(/location = \/embed\/personnel \{[^}]*X-Frame-Options/);
  });
});

describe('a site built for a folder', () => {
  const inFolder = siteHeaderRules(
    [{ route: '/charts/personnel', scriptHashes: ['b='] }],
    '/some/folder',
  );

  it('puts every rule under the folder, and nothing outside it', () => {
    expect(headersFor(inFolder, '/some/folder/charts/personnel')['X-Frame-Options']).toBe('DENY');
    expect(headersFor(inFolder, '/some/folder/_next/static/a.js')['Cache-Control']).toContain(
      'immutable',
    );
    expect(headersFor(inFolder, '/charts/personnel')).toEqual({});
  });

  it('gives nginx locations under the folder, serving files from it', () => {
    const include = nginxInclude(inFolder, '/some/folder');
    expect(include).toContain('error_page 404 /some/folder/404.html;');
    expect(include).toContain(
      'location = /some/folder/charts/personnel {\n    try_files /some/folder/charts/personnel.html =404;',
    );
  });
});
