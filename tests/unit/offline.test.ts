import { describe, expect, it } from 'vitest';

import { pagePayloads, precacheList, staticAssets } from '@/lib/present/offline';

const page = (...urls: string[]) =>
  `<html><head>${urls.map((u) => `<script src="${u}" async=""></script>`).join('')}<link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head><body><a href="/present/2">Next</a><img src="https://elsewhere.example/x.png"></body></html>`;

describe('staticAssets', () => {
  it('lists the /_next/static files a page loads, each once, in order of mention', () => {
    expect(staticAssets(page('/_next/static/chunks/b.js', '/_next/static/chunks/a.js'))).toEqual([
      '/_next/static/chunks/b.js',
      '/_next/static/chunks/a.js',
    ]);
  });

  it('leaves out links to pages and files on other origins', () => {
    expect(staticAssets(page())).toEqual(['/_next/static/chunks/a.js']);
  });

  it('finds nothing in a page without scripts or styles', () => {
    expect(staticAssets('<p>Plain</p>')).toEqual([]);
  });
});

describe('precacheList', () => {
  it('keeps every page and the files they share only once', () => {
    const list = precacheList(
      'build-1',
      'en',
      {
        '/present': page('/_next/static/chunks/b.js'),
        '/present/2': page('/_next/static/chunks/c.css'),
      },
      pagePayloads('/present/2', ['__next._tree.txt']),
    );
    expect(list).toEqual({
      version: 'build-1',
      locale: 'en',
      base: '',
      pages: ['/present', '/present/2'],
      assets: [
        '/_next/static/chunks/a.js',
        '/_next/static/chunks/b.js',
        '/_next/static/chunks/c.css',
      ],
      payloads: ['/present/2.txt', '/present/2/__next._tree.txt'],
    });
  });
});

describe('pagePayloads', () => {
  it('names the whole page’s data, then each of its parts in its folder', () => {
    expect(
      pagePayloads('/present/3', [
        '__next.present.$d$n.__PAGE__.txt',
        '__next._tree.txt',
        'index.html',
        'notes.txt',
      ]),
    ).toEqual([
      '/present/3.txt',
      '/present/3/__next._tree.txt',
      '/present/3/__next.present.$d$n.__PAGE__.txt',
    ]);
  });

  it('keeps the whole page where the export has no folder of parts', () => {
    expect(pagePayloads('/present', [])).toEqual(['/present.txt']);
  });
});
