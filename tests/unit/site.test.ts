import { describe, expect, it } from 'vitest';

import { chartPageMetadata } from '@/lib/charts/chart-page';
import { pageAlternates, pageMetadata } from '@/lib/site/alternates';
import { chartPath, localePath } from '@/lib/site/paths';
import { robotsTxt, siteAddressWarning, sitemapXml, siteUrlOf } from '@/lib/site/pages';

describe('siteAddressWarning', () => {
  it('warns when no address is set, naming what the build leaves out', () => {
    expect(siteAddressWarning(undefined)).toMatch(/SITE_URL is not set.*no sitemap.*QR code/);
    expect(siteAddressWarning(undefined)).not.toMatch(/localhost/);
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

describe('the site address', () => {
  it('is the one given, without its final slash, or none: never a default', () => {
    expect(siteUrlOf('https://school.example/rin/')).toBe('https://school.example/rin');
    expect(siteUrlOf(undefined)).toBeNull();
    expect(siteUrlOf('')).toBeNull();
  });
});

describe('robots.txt and the sitemap', () => {
  it('robots.txt allows every page, and names the sitemap only where the address is known', () => {
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://school.example/rin')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://school.example/rin/sitemap.xml\n',
    );
  });

  it('the sitemap lists absolute addresses under the site, escaped', () => {
    const xml = sitemapXml('https://school.example/rin', ['/', '/charts/x?a=1&b=2']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://school.example/rin/',
      'https://school.example/rin/charts/x?a=1&amp;b=2',
    ]);
  });

  it('lists each page in every language, each with its addresses in all of them', () => {
    const xml = sitemapXml('https://school.example', ['/', '/data'], ['en', 'sv']);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://school.example/',
      'https://school.example/data',
      'https://school.example/sv',
      'https://school.example/sv/data',
    ]);
    const svData = xml
      .split('\n')
      .find((line) => line.includes('<loc>https://school.example/sv/data<'));
    expect(svData).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://school.example/data"/>',
    );
    expect(svData).toContain(
      '<xhtml:link rel="alternate" hreflang="sv" href="https://school.example/sv/data"/>',
    );
  });
});

describe('a page in a language', () => {
  it('is at its English address in English, under its folder in a translation', () => {
    expect(localePath('en', '/data')).toBe('/data');
    expect(localePath('sv', '/data')).toBe('/sv/data');
    expect(chartPath('gulag', 'uk')).toBe('/uk/charts/gulag');
  });

  it('keeps no slash after the folder for the home page, with or without a section', () => {
    expect(localePath('ru', '/')).toBe('/ru');
    expect(localePath('ru', '/#charts-heading')).toBe('/ru#charts-heading');
    expect(localePath('ru', '/?view=table')).toBe('/ru?view=table');
  });

  it('names its canonical address and every language, English as the default', () => {
    expect(pageAlternates('https://school.example', '/about', 'ru')).toEqual({
      canonical: 'https://school.example/ru/about',
      languages: {
        en: 'https://school.example/about',
        sv: 'https://school.example/sv/about',
        ru: 'https://school.example/ru/about',
        uk: 'https://school.example/uk/about',
        'x-default': 'https://school.example/about',
      },
    });
  });

  it('names no address at all without the site’s', () => {
    expect(pageMetadata('/about', 'sv', { title: 'Om' }, null)).toEqual({ title: 'Om' });
  });
});

describe("a chart page's metadata", () => {
  const heading = { title: 'Personnel', summary: 'Who worked there.' };

  it('with the address: canonical, Open Graph and Twitter images, absolute under the site', () => {
    const metadata = chartPageMetadata('personnel', heading, 'en', 'https://school.example/rin');
    expect(metadata.alternates?.canonical).toBe('https://school.example/rin/charts/personnel');
    expect(metadata.openGraph?.images).toEqual([
      expect.objectContaining({
        url: 'https://school.example/rin/downloads/charts/personnel.png',
        width: 1920,
      }),
    ]);
    expect(JSON.stringify(metadata.twitter)).toContain(
      'https://school.example/rin/downloads/charts/personnel.png',
    );
  });

  it('without it: title and description, and no address at all', () => {
    const metadata = chartPageMetadata('personnel', heading, 'en', null);
    expect(metadata).toEqual({ title: 'Personnel', description: 'Who worked there.' });
  });
});
