import { describe, expect, it } from 'vitest';

import { readSharedChartWords } from '@/lib/text/chart-file';
import { keyedTable } from '@/lib/charts/table';
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
    const say = messages('en', [readSharedChartWords('en')]);
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

/** An element as a test sees it: its tag and what the message put inside it. */
type Element = { tag: string; children: (string | Element)[] };
const element =
  (tag: string) =>
  (children: (string | Element)[]): Element => ({ tag, children });

describe('a message with elements inside its sentence', () => {
  const say = messages('en', [
    file('data/text/site-words.yml', {
      licence: 'Data under <link>CC BY 4.0</link>; code under MIT.',
      count: '<b>{count, number}</b> persons in {year}',
      plain: 'No elements here.',
      rows: '{count, plural, one {<b>#</b> row} other {<b>#</b> rows}} shown',
      nested: 'See <link>the <em>whole</em> list</link>',
      page: "the chart's <link>page</link>",
    }),
  ]);

  it('gives the text around an element as strings, and the element made from its words', () => {
    expect(say.rich('licence', { link: element('a') })).toEqual([
      'Data under ',
      { tag: 'a', children: ['CC BY 4.0'] },
      '; code under MIT.',
    ]);
  });

  it('writes a number argument inside a tag by the locale, and the other values as given', () => {
    expect(say.rich('count', { b: element('b'), count: 790665, year: '1937' })).toEqual([
      { tag: 'b', children: ['790,665'] },
      ' persons in 1937',
    ]);
  });

  it('writes the count of a plural inside a tag of its branch', () => {
    expect(say.rich('rows', { b: element('b'), count: 1 })).toEqual([
      { tag: 'b', children: ['1'] },
      ' row shown',
    ]);
  });

  it('gives an element nested in another among the outer one’s words', () => {
    expect(say.rich('nested', { link: element('a'), em: element('em') })).toEqual([
      'See ',
      { tag: 'a', children: ['the ', { tag: 'em', children: ['whole'] }, ' list'] },
    ]);
  });

  it('gives a message with no tags as one string, in a list like any other', () => {
    expect(say.rich('plain', {})).toEqual(['No elements here.']);
  });

  it('keeps an apostrophe before a letter as the text’s own', () => {
    expect(say.rich('page', { link: element('a') })).toEqual([
      "the chart's ",
      { tag: 'a', children: ['page'] },
    ]);
  });

  it('stops the build on a tag given no value, naming the file, the key and the tag', () => {
    expect(() => say.rich('licence', {})).toThrow(
      /^data\/text\/site-words\.yml: the message "licence": .*"link"/,
    );
  });

  it('stops the build on a tag given words instead of an element maker', () => {
    expect(() => say.rich('licence', { link: 'CC BY 4.0' })).toThrow(
      /^data\/text\/site-words\.yml: the message "licence": .*link/,
    );
  });

  it('stops the build on a message with tags asked for as plain text', () => {
    expect(() => say('licence')).toThrow('data/text/site-words.yml: the message "licence"');
  });

  it('stops the build on a key no file has, as plain text does', () => {
    expect(() => say.rich('missing', {})).toThrow(
      'No message "missing" in data/text/site-words.yml',
    );
  });
});

describe('keyedTable', () => {
  const say = messages('sv', [
    file('t.md', { 'table-caption': 'Tabell', 'col-year': 'År', 'col-count': 'Antal' }),
  ]);

  it('heads each column with the text file’s col-<key> and aligns numeric ones as figures', () => {
    const table = keyedTable(
      say,
      ['year', { key: 'count', numeric: true }],
      [{ id: 'a', cells: ['1937', '790 665'] }],
    );
    expect(table.caption).toBe('Tabell');
    expect(table.columns).toEqual([{ label: 'År' }, { label: 'Antal', numeric: true }]);
    expect(table.rows).toHaveLength(1);
  });

  it('stops the build for a column whose heading the text file does not give', () => {
    expect(() => keyedTable(say, ['missing'], [])).toThrow(/col-missing/);
  });
});
