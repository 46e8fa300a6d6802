import { describe, expect, it } from 'vitest';

import { siteAddressWarning } from '@/lib/site';

describe('siteAddressWarning', () => {
  it('warns when no address is set, naming what will point at localhost', () => {
    expect(siteAddressWarning(undefined)).toMatch(/SITE_URL is not set.*localhost.*QR code/);
    expect(siteAddressWarning('')).toMatch(/SITE_URL is not set/);
  });

  it('accepts an address with or without a sub-path', () => {
    expect(siteAddressWarning('https://example.org')).toBeNull();
    expect(siteAddressWarning('https://school.example/history/repression/')).toBeNull();
  });

  it('stops the build on an address without its scheme', () => {
    expect(() => siteAddressWarning('example.org')).toThrow(/absolute address/);
  });

  it('stops the build on an address that is not http or https', () => {
    expect(() => siteAddressWarning('ftp://example.org/')).toThrow(/http or https/);
  });

  it('stops the build on an address with a query or fragment', () => {
    expect(() => siteAddressWarning('https://example.org/?x=1')).toThrow(/without \?query/);
  });
});
