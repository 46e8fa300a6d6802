import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { splitFrontMatter, TEXT_DIR, textFileName } from '@/lib/text/chart-file';
import { parseInline } from '@/lib/text/inline';
import { compareDocuments, compareMessages, comparePassages, digitRuns } from '@/lib/text/parity';
import { translationProblems, translationsPresent } from '@/lib/text/translation-check';

const passages = (english: string, translated: string, locale = 'sv') =>
  comparePassages(parseInline(english), parseInline(translated), locale);

const ENGLISH =
  'In 1937 the share rose to [44.7%](mark:death-share-1937), as far as is known (?) [@pavlov-1953]; see [the sentences](/charts/sentences).';

describe('a translated passage', () => {
  it('passes when it keeps every link, figure, citation, unknown and number', () => {
    const swedish =
      'År 1937 steg andelen till [44,7 %](mark:death-share-1937), så vitt man vet (?) [@pavlov-1953]; se [domarna](/charts/sentences).';
    expect(passages(ENGLISH, swedish)).toEqual([]);
  });

  it('fails on a dropped citation', () => {
    const swedish =
      'År 1937 steg andelen till [44,7 %](mark:death-share-1937) (?); se [domarna](/charts/sentences).';
    expect(passages(ENGLISH, swedish)).toEqual(['citations missing: pavlov-1953']);
  });

  it('fails on a dropped link to another chart and on a dropped number link', () => {
    expect(passages(ENGLISH, 'År 1937 steg andelen till 44,7 % (?) [@pavlov-1953].')).toEqual([
      'links missing: (/charts/sentences), [44 7](mark:death-share-1937)',
      'numbers typed in the text not in the English: 44, 7',
    ]);
  });

  it('fails on a number typed by hand that the English does not have', () => {
    const russian =
      'В 1937 году, через 20 лет после революции, доля выросла до [44,7 %](mark:death-share-1937) (?) [@pavlov-1953]; см. [приговоры](/charts/sentences).';
    expect(passages(ENGLISH, russian, 'ru')).toEqual([
      'numbers typed in the text not in the English: 20',
    ]);
  });

  it('fails on a figure changed inside its link', () => {
    const ukrainian =
      'У 1937 році частка зросла до [45 %](mark:death-share-1937) (?) [@pavlov-1953]; див. [вироки](/charts/sentences).';
    expect(passages(ENGLISH, ukrainian, 'uk')).toEqual([
      'links missing: [44 7](mark:death-share-1937)',
      'links not in the English: [45](mark:death-share-1937)',
    ]);
  });

  it('fails on a dropped unknown', () => {
    const swedish =
      'År 1937 steg andelen till [44,7 %](mark:death-share-1937) [@pavlov-1953]; se [domarna](/charts/sentences).';
    expect(passages(ENGLISH, swedish)).toEqual([
      '"?" 1 times in the English, 0 in the translation',
    ]);
  });

  it('fails on a figure written in English figures, which its readers would misread', () => {
    const swedish =
      'År 1937 steg andelen till [44.7%](mark:death-share-1937) (?) [@pavlov-1953]; se [domarna](/charts/sentences).';
    expect(passages(ENGLISH, swedish)).toEqual(['"44.7%" is written in English figures']);
  });

  it('leaves out the numbers of its marked rendering of a quoted source, which repeat the quote’s', () => {
    const english = 'The notes say “from 6,8 tons to 4,8 tons” [@a].';
    const swedish =
      'Anteckningarna säger “from 6,8 tons to 4,8 tons” (i översättning: ”från 6,8 ton till 4,8 ton”) [@a].';
    expect(passages(english, swedish)).toEqual([]);
  });
});

describe('the runs of digits a check compares', () => {
  it('are the same for a figure in English, Swedish and Russian writing', () => {
    expect(digitRuns('1,962 and 27.1%')).toEqual(digitRuns('1 962 och 27,1 %'));
  });
});

describe('a translated words file', () => {
  const file = 'data/text/sv/x.yml';
  it('passes with the same keys, arguments, formats and tags', () => {
    const english = {
      a: 'Under <licence>CC BY</licence> {site}',
      b: '{share, number, ::percent .0}',
    };
    const swedish = {
      a: 'Under <licence>CC BY</licence> för {site}',
      b: '{share, number, ::percent .0}',
    };
    expect(compareMessages(english, swedish, 'sv', file)).toEqual([]);
  });

  it('fails on a missing key, a key the English lacks and a message that does not parse', () => {
    const problems = compareMessages({ a: 'A', b: 'B' }, { b: '{oops', c: 'C' }, 'sv', file);
    expect(problems.map((p) => `${p.where}: ${p.problem.split(':')[0]}`)).toEqual([
      'c: not a key of the English',
      'a: missing',
      'b: does not parse',
    ]);
  });

  it('fails on a renamed argument, a dropped percentage format and a dropped tag', () => {
    const english = { a: '{count} of {total}', b: '{share, number, ::percent .0}', c: '<b>x</b>' };
    const swedish = { a: '{count} av {all}', b: '{share, number}', c: 'x' };
    expect(compareMessages(english, swedish, 'sv', file).map((p) => p.where)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('lets a translation count where the English does not: a plural in place of a number', () => {
    const english = { a: '{count, number} families' };
    const ukrainian = {
      a: '{count, plural, one {# родина} few {# родини} many {# родин} other {# родини}}',
    };
    expect(compareMessages(english, ukrainian, 'uk', file)).toEqual([]);
  });

  it('fails on a Russian plural without its few and many forms', () => {
    const english = { a: '{n, plural, one {# year} other {# years}}' };
    const russian = { a: '{n, plural, one {# год} other {# лет}}' };
    expect(compareMessages(english, russian, 'ru', file)[0]?.problem).toBe(
      'a plural lacks the forms few, many',
    );
  });
});

describe('a translated chart text', () => {
  const english = '## One\n\nA [1](mark:a) [@x].\n\n- first\n- second';
  it('fails when a paragraph or a list item is dropped, naming both shapes', () => {
    expect(compareDocuments(english, '## Ett\n\n- första\n- andra', 'sv', 'f')[0]?.problem).toBe(
      'the English has heading, paragraph, list2; the translation heading, list2',
    );
    expect(
      compareDocuments(english, '## Ett\n\nEn [1](mark:a) [@x].\n\n- första', 'sv', 'f'),
    ).toHaveLength(1);
  });
});

describe.each(translationsPresent())('the %s translation', (locale) => {
  it('matches the English in every file', () => {
    expect(translationProblems(locale)).toEqual([]);
  });

  // Planted faults in its real texts: the check must catch each of them.
  const { body } = splitFrontMatter(
    readFileSync(path.join(TEXT_DIR, textFileName(locale, 'sentences.md')), 'utf8'),
    'sentences.md',
  );
  const englishBody = splitFrontMatter(
    readFileSync(path.join(TEXT_DIR, 'sentences.md'), 'utf8'),
    'sentences.md',
  ).body;
  const check = (planted: string) => compareDocuments(englishBody, planted, locale, 'planted');

  it('fails on a dropped caveat: a paragraph left out', () => {
    const paragraphs = body.trim().split(/\n{2,}/);
    const lastParagraph = paragraphs.findLastIndex((p) => !p.startsWith('## '));
    expect(check(paragraphs.filter((_, i) => i !== lastParagraph).join('\n\n'))).not.toEqual([]);
  });

  it('fails on a dropped citation', () => {
    expect(check(body.replace(/\s?\[@[^\]]+\]/, ''))).not.toEqual([]);
  });

  it('fails on a number typed by hand', () => {
    expect(check(body.replace(/\n\n(?!## )/, ' 1941.\n\n'))).not.toEqual([]);
  });
});
