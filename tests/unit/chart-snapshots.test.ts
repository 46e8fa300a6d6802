import { describe, expect, it } from 'vitest';

import { charts } from '@/lib/charts/registry';
import type { Scene } from '@/lib/charts/scene';
import { DataError } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { validatePackage } from '@/lib/data/validate-package';
import { chartMarkup } from '@/lib/downloads/chart-image';

const files = readPackageFiles();
const result = validatePackage(files.json, files.files);
if (!result.ok) throw new DataError(result.issues);
const pkg = result.value;

/**
 * A chart as a readable SVG file: one element a line, numbers rounded to a tenth of a pixel, as
 * Observable Plot's test/output does. A change to a chart is then a diff a person can review.
 */
function readableSvg(scene: Scene): string {
  return (
    chartMarkup(scene, 'snapshot')
      .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
      .replace(/><\/(rect|line|circle|path)>/g, '/>')
      .replace(/></g, '>\n<') + '\n'
  );
}

describe.each(charts.map((chart) => [chart.slug, chart] as const))(
  'the %s chart, drawn',
  (slug, chart) => {
    const built = chart.build(pkg);
    const frames: [string, Scene][] = [
      ['wide', built.scenes.wide],
      ['narrow', built.scenes.narrow],
      ...built.slides.map(
        (scene, i) =>
          [built.slides.length === 1 ? 'projector' : `projector-${i + 1}`, scene] as [
            string,
            Scene,
          ],
      ),
    ];

    it.each(frames)('in its %s frame matches tests/snapshots/' + slug, async (name, scene) => {
      await expect(readableSvg(scene)).toMatchFileSnapshot(`../snapshots/${slug}/${name}.svg`);
    });
  },
);
