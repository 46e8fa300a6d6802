import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, routeOfHtmlFile } from '@/lib/build/csp';
import { inlineScripts, prependToHead } from '@/lib/build/html';

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and the listed hashes only', () => {
    const csp = contentSecurityPolicy({ scriptHashes: ['abc=', 'def='], frameable: false });
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('lets only an embed be framed', () => {
    expect(contentSecurityPolicy({ scriptHashes: [], frameable: true })).toContain(
      'frame-ancestors *',
    );
  });

  it('leaves out for a meta tag what a meta tag cannot carry', () => {
    expect(contentSecurityPolicy({ scriptHashes: ['abc='], frameable: 'meta' })).not.toContain(
      'frame-ancestors',
    );
  });
});

describe('inlineScripts', () => {
  it('finds inline scripts and skips external ones', () => {
    expect(
      inlineScripts(
        '<script src="/a.js" async></script><script>one()</script><script id="x">two()</script>',
      ),
    ).toEqual(['one()', 'two()']);
  });

  it('reads a script as the browser does: to its end tag, whatever it contains', () => {
    expect(
      inlineScripts('<!-- <script>not()</script> --><script>a("<b>")</script><p>x</p>'),
    ).toEqual(['a("<b>")']);
  });

  it('takes an src attribute in any quoting as external', () => {
    expect(inlineScripts("<script async src='/a.js'></script><script src=/b.js></script>")).toEqual(
      [],
    );
  });
});

describe('prependToHead', () => {
  it('puts the markup first in the head, whatever the head’s attributes', () => {
    expect(prependToHead('<html><head data-x="1"><title>t</title></head></html>', '<meta/>')).toBe(
      '<html><head data-x="1"><meta/><title>t</title></head></html>',
    );
  });

  it('puts it after the charset declaration, which must stay within the first 1,024 bytes', () => {
    const policy = `<meta http-equiv="Content-Security-Policy" content="${'x'.repeat(2000)}"/>`;
    for (const charset of ['<meta charSet="utf-8"/>', '<meta charset=utf-8>']) {
      const page = `<!DOCTYPE html><html><head>${charset}<title>t</title></head><body><meta charset="x"></body></html>`;
      const html = prependToHead(page, policy);
      expect(html).toBe(page.replace(charset, charset + policy));
      expect(html.indexOf(charset)).toBeLessThan(1024);
    }
  });

  it('stops a build whose page has no head', () => {
    expect(() => prependToHead('<p>no head</p>', '<meta/>')).toThrow(/no <head>/);
  });
});

describe('routeOfHtmlFile', () => {
  it('maps exported files to routes', () => {
    expect(['index.html', 'charts/personnel.html', '_not-found.html'].map(routeOfHtmlFile)).toEqual(
      ['/', '/charts/personnel', '/_not-found'],
    );
  });
});
