import { describe, expect, it } from 'vitest';

import { CLIENT_WORDS, clientWords, type ClientPart } from '@/lib/text/client-words';
import { readSiteWords } from '@/lib/text/chart-file';
import { fill } from '@/lib/text/fill';
import { translationsPresent } from '@/lib/text/translation-check';

const copyFile = (messages: Record<string, string>) => ({
  file: 'data/text/x.yml',
  messages: { 'copy-done': 'Copied', 'copy-selected': 'Selected', ...messages },
});

describe('the words handed to a part that runs in the browser', () => {
  it('come finished, with ICU’s quoting resolved', () => {
    const words = clientWords('copy', 'en', copyFile({ 'copy-done': "It''s copied" }));
    expect(words).toEqual({ 'copy-done': "It's copied", 'copy-selected': 'Selected' });
  });

  it('keep a plain argument as a hole for the browser to fill', () => {
    const words = clientWords('copy', 'sv', copyFile({ 'copy-done': 'Kopierat: {what}' }));
    expect(fill(words['copy-done'], { what: 'APA' })).toBe('Kopierat: APA');
  });

  it('stop the build on a plural, which would need ICU in the browser', () => {
    const plural = copyFile({ 'copy-done': '{n, plural, one {# copy} other {# copies}}' });
    expect(() => clientWords('copy', 'en', plural)).toThrow(
      'data/text/x.yml: "copy-done" is said in the browser (by copy)',
    );
  });

  it('stop the build on a number format, which the browser would not apply', () => {
    const number = copyFile({ 'copy-selected': '{n, number} copied' });
    expect(() => clientWords('copy', 'en', number)).toThrow('"copy-selected"');
  });

  it('stop the build on a literal brace, which fill would take for a hole', () => {
    const brace = copyFile({ 'copy-done': "Copied '{'x'}'" });
    expect(() => clientWords('copy', 'en', brace)).toThrow('no literal brace');
  });

  it('stop the build on a key the file lacks, naming the part that says it', () => {
    expect(() => clientWords('copy', 'en', { file: 'data/text/x.yml', messages: {} })).toThrow(
      'data/text/x.yml: no message "copy-done" (said by copy)',
    );
  });

  it('are all in the site’s words file, for every part', () => {
    for (const part of Object.keys(CLIENT_WORDS) as ClientPart[])
      expect(Object.keys(clientWords(part, 'en', readSiteWords('en')))).toEqual(CLIENT_WORDS[part]);
  });

  it.each(translationsPresent())('take only plain holes in the %s translation too', (locale) => {
    const file = readSiteWords(locale);
    for (const part of Object.keys(CLIENT_WORDS) as ClientPart[])
      expect(Object.keys(clientWords(part, locale, file))).toEqual(CLIENT_WORDS[part]);
  });
});

describe('filling a template in the browser', () => {
  it('fills every hole, the same one twice too', () => {
    expect(fill('{n} / {total}: {n}', { n: '3', total: '31' })).toBe('3 / 31: 3');
  });

  it('leaves a hole with no value in sight rather than a silent gap', () => {
    expect(fill('Slide {n}', {})).toBe('Slide {n}');
  });

  it('takes a value’s own braces as text, not as holes', () => {
    expect(fill('Now: {title}', { title: '{total}' })).toBe('Now: {total}');
  });
});
