import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { sceneMarkup } from '@/lib/grammar/render';
import { RichText } from '@/components/rich-text';
import { charts } from '@/lib/charts/registry';
import { DataError } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { validatePackage } from '@/lib/data/validate-package';
import { chartImages } from '@/lib/downloads/chart-image';
import { toCsv } from '@/lib/downloads/csv';
import { exportTable } from '@/lib/downloads/export-table';
import { siteSay } from '@/lib/text/chart-file';
import { parseDocument } from '@/lib/text/document';

const HOSTILE = {
  script: '<script>alert(1)</script>',
  svg: '<svg onload=alert(1)><rect/></svg>',
  html: '<img src=x onerror=alert(1)>',
  rtl: 'Military \u202Eslatot\u202C',
  long: 'X'.repeat(300),
  formula: '=HYPERLINK("http://evil.example","click")',
};

const files = readPackageFiles();
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
const hostileCsv = files.files['cheka-personnel.csv']!.replace(
  'Civilians/informants,1921',
  `${quoted(HOSTILE.script)},1921`,
)
  .replace('Civilians/informants,1925', `${quoted(HOSTILE.svg)},1925`)
  .replace('Military,1921', `${quoted(HOSTILE.rtl)},1921`)
  .replace('Military,1925', `${quoted(HOSTILE.long)},1925`)
  .replace('Civil servants,1925', `${quoted(HOSTILE.formula)},1925`);
const result = validatePackage(files.json, { ...files.files, 'cheka-personnel.csv': hostileCsv });
if (!result.ok) throw new DataError(result.issues);
const pkg = result.value;
const chart = charts.find((c) => c.slug === 'personnel')!.build(pkg, 'en');

describe('hostile text in the data', () => {
  it('is read as text by the pipeline', () => {
    expect(pkg.records['cheka-personnel'].map((r) => r.category)).toContain(HOSTILE.script);
  });

  it('is escaped in the page SVG, never markup', () => {
    const markup = sceneMarkup(chart.scenes.wide, { idPrefix: 'x' });
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<svg onload');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup.match(/<svg/g)).toHaveLength(1);
  });

  it('never draws a very long word past the edge of the chart', () => {
    for (const variant of ['wide', 'narrow'] as const) {
      const scene = chart.scenes[variant];
      for (const shape of scene.decorations) {
        if (shape.type === 'text' && shape.text.startsWith('XXX'))
          expect(shape.text.length * shape.size * 0.58).toBeLessThanOrEqual(scene.width);
      }
    }
  });

  it('is escaped in the downloadable SVG and renders to a PNG', () => {
    const scene = { ...chart.scenes.wide, title: HOSTILE.script, description: HOSTILE.html };
    const { svg, png } = chartImages(siteSay('en'), scene, 'https://example.org/charts/personnel');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('is neutralised in the CSV download', () => {
    const resource = pkg.descriptor.resources.find((r) => r.name === 'cheka-personnel')!;
    const table = exportTable(siteSay('en'), resource, pkg.records['cheka-personnel']);
    const csv = toCsv(table.header, table.rows);
    expect(csv).toContain(`"'${HOSTILE.formula.replace(/"/g, '""')}"`);
    expect(csv).not.toMatch(/\r\n=HYPERLINK/);
  });

  it('stays text in the explanatory text renderer', () => {
    const markup = renderToStaticMarkup(
      <RichText
        blocks={parseDocument(`A ${HOSTILE.script} and ${HOSTILE.html}.`)}
        references={new Map()}
        say={siteSay('en')}
      />,
    );
    expect(markup).toBe(
      '<p>A &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;.</p>',
    );
  });
});
