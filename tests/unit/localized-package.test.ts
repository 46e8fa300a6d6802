import { describe, expect, it } from 'vitest';

import { loadPackage } from '@/lib/data/load-package';
import { sameScript } from '@/lib/locale/locales';
import { localizedPackage } from '@/lib/text/localized-package';

const pkg = loadPackage();
const sourceIn = (locale: string, name: string) =>
  localizedPackage(pkg, locale).descriptor.sources.find((source) => source.name === name)!;

describe('the sources of a page in a language', () => {
  it('name a work published in Russian by its title as printed on the Russian and Ukrainian pages', () => {
    for (const locale of ['ru', 'uk']) {
      const zemskov = sourceIn(locale, 'zemskov-1991');
      expect(zemskov.shortTitle).toBe('Земсков (1991)');
      expect(zemskov.title).toBe(zemskov.original!.title);
    }
  });

  it('name it by its transliteration on the English and Swedish pages', () => {
    for (const locale of ['en', 'sv'])
      expect(sourceIn(locale, 'zemskov-1991').shortTitle).toBe('Zemskov (1991)');
  });

  it('keep a work in English by its own title in every language', () => {
    for (const locale of ['en', 'sv', 'ru', 'uk'])
      expect(sourceIn(locale, 'wheatcroft-2009').shortTitle).toBe('Wheatcroft (2009)');
  });

  it('join a work’s authors in the page’s language, its title otherwise as published', () => {
    expect(sourceIn('sv', 'junge-binner-2003').shortTitle).toBe('Junge och Binner (2003)');
    expect(sourceIn('sv', 'junge-binner-2003').title).toBe(
      'Junge och Binner, Kak terror stal “bolshim” (2003)',
    );
    for (const locale of ['ru', 'uk'])
      expect(sourceIn(locale, 'getty-1993').shortTitle).toBe('Getty, Rittersporn, Zemskov (1993)');
    expect(sourceIn('en', 'getty-1993').shortTitle).toBe('Getty, Rittersporn and Zemskov (1993)');
  });

  it('leave an “and” of a work’s own title alone', () => {
    for (const locale of ['sv', 'ru', 'uk'])
      expect(sourceIn(locale, 'rayfield-2005').title).toBe(
        'Rayfield, Stalin and His Hangmen (2005)',
      );
  });

  it('keep the citation as it is, the reference a reader looks up', () => {
    expect(sourceIn('ru', 'zemskov-1991').citation).toBe(sourceIn('en', 'zemskov-1991').citation);
  });
});

describe('sameScript', () => {
  it('pairs Russian with the Cyrillic languages and not with the Latin ones', () => {
    expect(sameScript('ru', 'ru')).toBe(true);
    expect(sameScript('uk', 'ru')).toBe(true);
    expect(sameScript('sv', 'ru')).toBe(false);
    expect(sameScript('en', 'ru')).toBe(false);
  });

  it('pairs a language it does not know with none', () => {
    expect(sameScript('xx', 'xx')).toBe(false);
  });
});
