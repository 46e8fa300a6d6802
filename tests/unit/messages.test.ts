import { describe, expect, it } from 'vitest';

import { readSharedChartWords } from '@/lib/text/chart-file';
import { messages } from '@/lib/text/messages';

const file = (name: string, source: Record<string, string>) => ({ file: name, messages: source });

describe('a chart’s messages', () => {
  it('fill a template with figures written by the locale and words as given', () => {
    const say = messages('en', [file('a.md', { sentenced: '{year}: {count, number} persons' })]);
    expect(say('sentenced', { year: '1937', count: 790665 })).toBe('1937: 790,665 persons');
  });

  it('write the same figure by the rules of another locale', () => {
    const say = messages('ru', [file('a.md', { n: '{count, number}' })]);
    expect(say('n', { count: 790665 })).toBe('790\u00a0665');
  });

  it('choose a plural form by the count, as the locale counts', () => {
    const say = messages('en', [readSharedChartWords()]);
    expect(say('source-line', { count: 1, list: 'A' })).toBe('Source: A');
    expect(say('source-line', { count: 2, list: 'A; B' })).toBe('Sources: A; B');
  });

  it('stop the build on a key no file has, naming the files', () => {
    const say = messages('en', [file('data/text/x.md', {})]);
    expect(() => say('missing')).toThrow('No message "missing" in data/text/x.md');
  });

  it('stop the build on a template that does not parse, naming its file and key', () => {
    expect(() => messages('en', [file('x.md', { broken: '{count, number' })])).toThrow(
      'x.md: the message "broken" does not parse',
    );
  });

  it('refuse a key two files both define', () => {
    expect(() =>
      messages('en', [file('shared.yml', { a: 'A' }), file('x.md', { a: 'B' })]),
    ).toThrow('x.md: "a" is defined in shared.yml already');
  });

  it('stop the build on a template given too few values', () => {
    const say = messages('en', [file('x.md', { n: '{count, number} in {year}' })]);
    expect(() => say('n', { count: 1 })).toThrow('x.md: the message "n"');
  });
});
