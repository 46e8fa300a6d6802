import { describe, expect, it } from 'vitest';

import { countHeadline, type BuiltChart } from '@/lib/charts/definition';
import { charts } from '@/lib/charts/registry';
import { loadPackage } from '@/lib/data/load-package';
import { sceneMarkup } from '@/lib/grammar/render';
import { readSharedChartWords } from '@/lib/text/chart-file';
import { parseDocument } from '@/lib/text/document';
import { loadChartText } from '@/lib/text/load-text';
import { messages } from '@/lib/text/messages';
import { translationsPresent } from '@/lib/text/translation-check';

const pkg = loadPackage();

/** The words of a drawing as a reader sees or hears them: its text and its accessible names. */
const wordsOf = (svg: string) =>
  [
    ...svg.matchAll(/>([^<]+)</g),
    ...svg.matchAll(/ (?:aria-label|data-label|data-note)="([^"]*)"/g),
  ]
    .map((match) => match[1]!)
    .join('\n');

describe.each(translationsPresent())('the charts in %s', (locale) => {
  describe.each(charts.map((chart) => [chart.slug, chart] as const))('%s', (slug, chart) => {
    // Drawn when its first test runs, so that a chart missing a translation fails its own tests
    // and the other charts' still run.
    let drawn: { english: BuiltChart; built: BuiltChart; svg: string } | undefined;
    const draw = () => {
      if (drawn) return drawn;
      const [english, built] = [chart.build(pkg, 'en'), chart.build(pkg, locale)];
      const svg = [built.scenes.wide, built.scenes.narrow, ...built.slides]
        .map((scene) => sceneMarkup(scene, { idPrefix: slug }))
        .join('\n');
      return (drawn = { english, built, svg });
    };

    it('is drawn with its title, table and headline in the language', () => {
      const { english, built, svg } = draw();
      expect(svg).toContain(chart.heading(locale).title.slice(0, 20));
      expect(built.table.caption).not.toBe(english.table.caption);
      expect(built.headline.label).not.toBe(english.headline.label);
    });

    it('writes no figure in English figures (“1,962”, “27.1”)', () => {
      const { svg } = draw();
      // The licence's name, CC BY 4.0, is a name.
      const words = wordsOf(svg).replace(/CC\sBY\s+4\.0/g, 'CC BY');
      expect(words.match(/\d,\d{3}(?!\d)|\d\.\d/g) ?? []).toEqual([]);
    });

    it('writes no date in English (“Dec 1917”)', () => {
      const { svg } = draw();
      expect(
        wordsOf(svg).match(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/g) ?? [],
      ).toEqual([]);
    });

    it('has the same marks, rows and figures as in English', () => {
      const { english, built, svg } = draw();
      const marks = (markup: string) =>
        [...markup.matchAll(/data-mark="([^"]+)"/g)].map((m) => m[1]);
      const englishSvg = [english.scenes.wide, english.scenes.narrow, ...english.slides]
        .map((scene) => sceneMarkup(scene, { idPrefix: slug }))
        .join('\n');
      expect(marks(svg)).toEqual(marks(englishSvg));
      expect(built.table.rows.map((row) => row.id)).toEqual(
        english.table.rows.map((row) => row.id),
      );
      expect(built.slides.length).toBe(english.slides.length);
    });

    it('gives the same headline figure and explorer values, its units in the language', () => {
      const { english, built } = draw();
      const digits = (text: string) => text.replace(/\D/g, '');
      expect(digits(built.headline.figure)).toBe(digits(english.headline.figure));
      expect(built.explorer.rows.map((row) => row.values)).toEqual(
        english.explorer.rows.map((row) => row.values),
      );
      built.explorer.measures.forEach((measure, i) => {
        if (measure.unit) expect(measure.unit).not.toBe(english.explorer.measures[i]!.unit);
      });
    });
  });
});

describe.each(translationsPresent())('the chart texts in %s', (locale) => {
  it.each(charts.map((chart) => chart.slug))(
    '%s: its text, checks and questions, each source beside its translation',
    (slug) => {
      const english = loadChartText(slug, 'en');
      const text = loadChartText(slug, locale);
      expect(text.blocks.map((block) => block.type)).toEqual(
        english.blocks.map((block) => block.type),
      );
      expect(text.checks.map((check) => check.source)).toEqual(
        english.checks.map((check) => check.source),
      );
      expect(text.checks.every((check) => check.sourceTranslation)).toBe(true);
      expect(english.checks.every((check) => check.sourceTranslation === null)).toBe(true);
      expect(text.excerpt).toBe(english.excerpt);
      expect(text.excerptTranslation).not.toBeNull();
      expect(text.questions).toHaveLength(english.questions.length);
      expect(text.takeaway).not.toBe(english.takeaway);
      const ids = text.blocks.flatMap((block) => (block.type === 'heading' ? [block.id] : []));
      expect(new Set(ids).size).toBe(ids.length);
    },
  );
});

describe('a heading’s id in a translated text', () => {
  const ids = (text: string) =>
    parseDocument(text).flatMap((block) => (block.type === 'heading' ? [block.id] : []));
  it('drops the accents of Swedish letters, and names a Cyrillic heading by its place', () => {
    expect(ids('## Före 1937\n\nText.\n\n## Перед 1937\n\nТекст.\n\n## Итоги')).toEqual([
      'fore-1937',
      'section-2-1937',
      'section-3',
    ]);
  });
});

describe('a headline of a count', () => {
  const unitsFor = (locale: string, unit: string, counts: number[]) => {
    const say = messages(locale, [readSharedChartWords(locale)]);
    return counts.map((count) => countHeadline(say, count, unit, '').unit);
  };

  it.each([
    ['en', 'persons', ['person', 'persons', 'persons', 'persons', 'persons']],
    ['sv', 'persons', ['person', 'personer', 'personer', 'personer', 'personer']],
    ['ru', 'persons', ['человек', 'человека', 'человек', 'человек', 'человека']],
    ['uk', 'persons', ['особа', 'особи', 'осіб', 'особа', 'особи']],
    ['ru', 'letters', ['письмо', 'письма', 'писем', 'письмо', 'письма']],
    ['uk', 'letters', ['лист', 'листи', 'листів', 'лист', 'листи']],
  ])(
    'in %s, writes its unit (%s) to agree with 1, 2, 5, 21 and 2 437 062',
    (locale, unit, words) => {
      expect(unitsFor(locale, unit, [1, 2, 5, 21, 2_437_062])).toEqual(words);
    },
  );
});
