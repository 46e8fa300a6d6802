import { describe, expect, it } from 'vitest';

import { contentSecurityPolicy, inlineScripts, routeOfHtmlFile } from '@/lib/csp';

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
});

describe('inlineScripts', () => {
  it('finds inline scripts and skips external ones', () => {
    expect(
      inlineScripts(
        '<script src="/a.js" async></script><script>one()</script><script id="x">two()</script>',
      ),
    ).toEqual(['one()', 'two()']);
  });
});

describe('routeOfHtmlFile', () => {
  it('maps prerendered files to routes', () => {
    expect(['index.html', 'charts/personnel.html', '_not-found.html'].map(routeOfHtmlFile)).toEqual(
      ['/', '/charts/personnel', '/_not-found'],
    );
  });
});
