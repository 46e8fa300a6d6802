import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { charts } from '@/lib/charts/registry';
import type { Scene } from '@/lib/grammar/scene';
import { DataError } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { validatePackage } from '@/lib/data/validate-package';
import { sceneMarkup } from '@/lib/grammar/render';

const files = readPackageFiles();
const result = validatePackage(files.json, files.files);
if (!result.ok) throw new DataError(result.issues);
const pkg = result.value;

/** A number of more than two decimals, as a placement computed by a scale gives it. */
const LONG_DECIMAL = /-?\d+\.\d{3,}/g;

/**
 * A geometric attribute's numbers rounded to a tenth of a pixel, so that a snapshot does not
 * follow floating-point noise. Words are never touched, in text or in attributes that speak
 * (aria-*, data-*): "4.0%" or "CC BY 4.0" stays as drawn, so a change of a printed figure shows.
 */
function roundPlacements(markup: string): string {
  return markup.replace(/ ([a-zA-Z][\w:-]*)="([^"]*)"/g, (whole, name: string, value: string) =>
    /^(aria-|data-)/.test(name)
      ? whole
      : ` ${name}="${value.replace(LONG_DECIMAL, (n) => String(Math.round(Number(n) * 10) / 10))}"`,
  );
}

/**
 * A chart as a readable SVG file, one element a line, as Observable Plot's test/output does: a
 * change to a chart is a diff a person can review.
 */
function readableSvg(scene: Scene): string {
  return (
    roundPlacements(sceneMarkup(scene, { idPrefix: 'snapshot' }))
      .replace(/><\/(rect|line|circle|path)>/g, '/>')
      .replace(/></g, '>\n<') + '\n'
  );
}

/**
 * Compares a drawing with its snapshot; where they differ, the new drawing is written beside the
 * old one as <name>-changed.svg, so a person can open both.
 */
async function expectDrawing(svg: string, file: string): Promise<void> {
  const changed = path.join(import.meta.dirname, file.replace(/\.svg$/, '-changed.svg'));
  try {
    await expect(svg).toMatchFileSnapshot(file);
  } catch (error) {
    writeFileSync(changed, svg);
    throw error;
  }
  if (existsSync(changed)) rmSync(changed);
}

describe.each(charts.map((chart) => [chart.slug, chart] as const))(
  'the %s chart, drawn',
  (slug, chart) => {
    const built = chart.build(pkg, 'en');
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
      await expectDrawing(readableSvg(scene), `../snapshots/${slug}/${name}.svg`);
    });
  },
);
