import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { inlineScripts } from '@/lib/build/html';
import { staticAssets } from '@/lib/present/offline';
import {
  AFTER_PARSE_LOADER,
  AFTER_PARSE_TYPE,
  loadScriptsAfterParse,
} from '@/lib/build/script-loading';

/** A page as Next.js prerenders it: async chunks and a preload in the head, bootstrap at the end. */
const nextPage = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style>body{}</style>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '</head><body><main><svg class="chart-svg"></svg></main>',
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script>self.__next_f.push([1,"0:{}"])</script></body></html>',
].join('');

describe('loadScriptsAfterParse', () => {
  const { html, held } = loadScriptsAfterParse(nextPage);

  it('reads the tags as a browser does: any attribute order or quoting, none inside a comment', () => {
    const page =
      '<html><head><script async src=\'/_next/static/x.js\'></script><!-- <script src="/_next/static/y.js" async></script> --></head><body></body></html>';
    const rewritten = loadScriptsAfterParse(page);
    expect(rewritten.held).toBe(1);
    expect(rewritten.html).toContain(
      `<script type="${AFTER_PARSE_TYPE}" data-src="/_next/static/x.js"></script><!-- <script src="/_next/static/y.js" async></script> -->`,
    );
  });

  it('stops the build for a page with scripts but no end of body to load them from', () => {
    expect(() =>
      loadScriptsAfterParse('<html><head><script src="/_next/static/x.js" async></script>'),
    ).toThrow(/no <\/body>/);
  });

  it('leaves no Next.js script that a browser would fetch while reading the page', () => {
    expect(held).toBe(3);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).not.toContain('rel="preload" as="script"');
  });

  it('keeps each held script in its place, a data block (no src) under a type browsers do not run', () => {
    expect(html).toContain(
      `<head><meta charSet="utf-8"/><style>body{}</style><script type="${AFTER_PARSE_TYPE}" data-src="/_next/static/chunks/a.js"></script>`,
    );
    expect(html.match(new RegExp(`<script type="${AFTER_PARSE_TYPE}"`, 'g'))).toHaveLength(3);
    expect(html).not.toMatch(new RegExp(`<script type="${AFTER_PARSE_TYPE}"[^>]*\\ssrc=`));
  });

  it('loads them from one inline script, the last thing in the body', () => {
    expect(html.endsWith(`<script>${AFTER_PARSE_LOADER}</script></body></html>`)).toBe(true);
  });

  it('leaves the inline scripts and the legacy-browser polyfills as they were', () => {
    expect(html).toContain('<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>');
    expect(html).toContain('<script>self.__next_f.push([1,"0:{}"])</script>');
    expect(html).toContain('<script src="/_next/static/chunks/polyfills.js" noModule=""></script>');
  });

  it('gives the loader one hash for every page, which the policy then allows', () => {
    const hash = (script: string) => createHash('sha256').update(script).digest('base64');
    const other = loadScriptsAfterParse(nextPage.replace(/a\.js/g, 'c.js')).html;
    expect(inlineScripts(html).map(hash)).toContain(hash(AFTER_PARSE_LOADER));
    expect(inlineScripts(other).map(hash)).toContain(hash(AFTER_PARSE_LOADER));
  });

  it('still lists the held scripts among the files the offline deck keeps', () => {
    expect(staticAssets(html).sort()).toEqual(staticAssets(nextPage).sort());
  });

  it('changes nothing in a page rewritten already, or one without Next.js scripts', () => {
    expect(loadScriptsAfterParse(html)).toEqual({ html, held: 0 });
    const plain = '<!DOCTYPE html><html><body><p>Plain</p></body></html>';
    expect(loadScriptsAfterParse(plain)).toEqual({ html: plain, held: 0 });
  });

  it('refuses a page with scripts but no end of body to load them from', () => {
    expect(() => loadScriptsAfterParse(nextPage.replace('</body>', ''))).toThrow(/no <\/body>/);
  });
});
