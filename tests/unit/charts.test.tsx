import { describe, expect, it } from 'vitest';

import { MARK_PAINT_TIMING, sceneMarkup } from '@/lib/grammar/render';
import { gpuSeries } from '@/lib/charts/gpu-1924';
import { twoYearRows } from '@/lib/charts/two-year-chart';
import { charts } from '@/lib/charts/registry';
import { frame } from '@/lib/grammar/theme';
import { DataError } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { known, notGiven, unknown } from '@/lib/data/quantity';
import { validatePackage } from '@/lib/data/validate-package';

const files = readPackageFiles();
const result = validatePackage(files.json, files.files);
if (!result.ok) throw new DataError(result.issues);
const pkg = result.value;

describe('twoYearRows', () => {
  const rows = twoYearRows(pkg.records['cheka-personnel'], [1921, 1925], (category) => category);

  it('computes the change from 1921 to 1925 only where the data says both years count the same group', () => {
    expect(
      rows.map((r) => [
        r.label,
        r.change === null ? null : Math.round(r.change * 100),
        r.notComparable,
      ]),
    ).toEqual([
      ['Civilians/informants', null, true],
      ['Military', -65, false],
      ['Civil servants', null, false],
    ]);
  });

  it('gives a category printed for one year no figure for the other, not zero', () => {
    const civil = rows.find((r) => r.label === 'Civil servants');
    expect(civil?.from).toBeNull();
    expect(civil?.to?.count).toEqual(known(26000));
  });
});

describe('gpuSeries', () => {
  const series = gpuSeries(
    pkg.records['gpu-actions-1924'],
    pkg.records['gpu-actions-1924-details'],
    pkg.records['gpu-actions-1924-totals'],
  );

  it('checks each printed total against the sum of the known figures', () => {
    expect(
      series.totals.map((t) => [
        t.measure,
        t.stated,
        t.sumOfKnown,
        t.agrees,
        t.unknownCells,
        t.emptyCells,
      ]),
    ).toEqual([
      ['arrested_or_checked', 5136558, 5136558, true, 1, 0],
      ['killed', 1990, 1990, true, 4, 2],
    ]);
  });

  it('splits the printed total of “persons” into what it really counts', () => {
    const arrested = series.totals.find((t) => t.measure === 'arrested_or_checked');
    expect(arrested?.byUnit).toEqual([
      { unit: 'persons', sum: 42883 },
      { unit: 'organisations', sum: 15501 },
      { unit: 'letters', sum: 5078174 },
    ]);
  });

  it('keeps unknown and empty cells as they are in the source', () => {
    const killed = Object.fromEntries(series.rows.map((r) => [r.id, r.values.killed]));
    expect([killed['white-guard'], killed['mensheviks-and-srs'], killed['letters']]).toEqual([
      known(132),
      unknown,
      notGiven,
    ]);
  });
});

describe.each(charts.map((chart) => [chart.slug, chart] as const))(
  'the %s chart',
  (_slug, chart) => {
    const built = chart.build(pkg, 'en');

    it.each(['wide', 'narrow'] as const)('draws the same marks in its %s layout', (variant) => {
      expect(built.scenes[variant].marks.map((m) => m.id)).toEqual(
        built.scenes.wide.marks.map((m) => m.id),
      );
    });

    const layouts = [
      ['wide', built.scenes.wide],
      ['narrow', built.scenes.narrow],
      ...built.slides.map((scene) => ['projector', scene] as const),
    ] as const;

    it.each(layouts.map(([variant, scene]) => [variant, scene.title, scene] as const))(
      'keeps every mark and label inside its %s frame (%s)',
      (variant, _title, scene) => {
        const shapes = [...scene.decorations, ...scene.marks.flatMap((m) => m.shapes)];
        for (const shape of shapes) {
          if (shape.type === 'rect')
            expect(shape.x + shape.width).toBeLessThanOrEqual(scene.width + 0.5);
          if (shape.type === 'text') {
            expect(shape.y).toBeLessThanOrEqual(scene.height);
            expect(shape.size).toBeGreaterThanOrEqual(frame[variant].small);
          }
        }
      },
    );

    it('shows every mark of its page once across its slides', () => {
      expect(built.slides.flatMap((scene) => scene.marks.map((m) => m.id))).toEqual(
        built.scenes.wide.marks.map((m) => m.id),
      );
    });

    it('draws slides short enough for 20 px labels on a 1024×768 projector', () => {
      // 1024×768 leaves a chart about 940 × 700 px; a slide of 960 units shown 940 px wide draws
      // its 21-unit labels at 20.6 px, if its height lets it be shown that wide.
      for (const scene of built.slides) {
        expect(scene.width).toBe(frame.projector.width);
        expect(scene.height).toBeLessThanOrEqual(730);
      }
    });

    it('gives every mark a text label, whose painting stands for the mark’s', () => {
      for (const [, scene] of layouts)
        for (const mark of scene.marks)
          expect(mark.shapes.some((shape) => shape.type === 'text')).toBe(true);
    });

    it('names every mark with its value or says it is unknown', () => {
      for (const mark of built.scenes.wide.marks)
        expect(mark.label).toMatch(/\d|unknown|not printed/);
    });

    it('has a data table row for the figures it draws', () => {
      expect(built.table.rows.length).toBeGreaterThan(0);
    });
  },
);

describe('sceneMarkup', () => {
  const scene = charts[1]!.build(pkg, 'en').scenes.wide;
  const markup = sceneMarkup(scene, { idPrefix: 'test', reportPaint: true });

  it('renders the title, the description and every mark into the SVG', () => {
    expect(markup).toContain(`<title id="test-title">${scene.title}</title>`);
    expect(markup).toContain('role="img"');
    expect(markup.match(/data-mark="/g)).toHaveLength(scene.marks.length);
  });

  it('asks the browser to report when each mark’s label is painted, and nothing else', () => {
    const labels = scene.marks.flatMap((mark) => mark.shapes.filter((s) => s.type === 'text'));
    const timed = new RegExp(`<text[^>]*elementtiming="${MARK_PAINT_TIMING}"`, 'g');
    expect(markup.match(timed)).toHaveLength(labels.length);
    expect(markup.match(/elementtiming=/g)).toHaveLength(labels.length);
  });

  it('leaves the paint report out of a chart drawn for a file', () => {
    expect(sceneMarkup(scene, { idPrefix: 'file' })).not.toContain('elementtiming');
  });

  it('draws an unknown figure with the hatch pattern, never as a bar of zero', () => {
    expect(markup).toContain('fill="url(#test-hatch)"');
    expect(markup).not.toMatch(/<rect[^>]*width="0"/);
  });

  it('holds its own hatch pattern, named after the SVG, so no other SVG on the page is needed', () => {
    const other = sceneMarkup(scene, { idPrefix: 'other' });
    for (const [svg, prefix] of [
      [markup, 'test'],
      [other, 'other'],
    ] as const) {
      const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]));
      expect([...used]).toEqual([`${prefix}-hatch`]);
      expect(svg.match(/<pattern id="([^"]+)"/g)).toEqual([`<pattern id="${prefix}-hatch"`]);
    }
  });

  it('escapes text from the data rather than writing it as markup', () => {
    const hostile = { ...scene, title: '<script>alert(1)</script>', marks: [] };
    expect(sceneMarkup(hostile, { idPrefix: 'x' })).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });
});
