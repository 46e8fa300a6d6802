import { createRequire } from 'node:module';
import path from 'node:path';

import { Resvg } from '@resvg/resvg-js';

import { escapeMarkup, sceneMarkup } from '@/lib/grammar/render';
import type { Scene } from '@/lib/grammar/scene';
import type { Say } from '@/lib/text/messages';

import { PNG_WIDTH } from './files';

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) =>
  path.join(fontDir, file),
);

/** The scene's markup with its text turned into outlines by the bundled font. */
function outlinedMarkup(scene: Scene): string {
  // A bundled font, never the machine's: the image is the same wherever it is built.
  return new Resvg(sceneMarkup(scene, { idPrefix: 'svg' }), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  }).toString();
}

/**
 * A chart as a PNG and as a self-contained SVG. The PNG is drawn from the SVG's outlines, so the
 * fonts are read once per chart (reading them is most of what drawing a chart costs).
 */
export function chartImages(
  say: Say,
  scene: Scene,
  url: string | null,
): { png: Buffer; svg: string } {
  const outlined = outlinedMarkup(scene);
  const png = new Resvg(outlined, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return { png, svg: standaloneSvg(say, scene, outlined, url) };
}

/**
 * A self-contained SVG: its text as outlines, so it looks the same in a browser, Inkscape or
 * LibreOffice, with the title, the description, the source and the licence kept as text in its
 * title, description and metadata for search and screen readers. The chart's address is named
 * where the site's is known (null: a build without SITE_URL).
 */
function standaloneSvg(say: Say, scene: Scene, outlinedSvg: string, url: string | null): string {
  // Outlines at two decimals are exact to a hundredth of a pixel and half the size.
  const outlined = outlinedSvg.replace(/(\d+\.\d\d)\d+/g, '$1').replace(/\n\s*/g, '');
  const about = say('svg-about', {
    description: scene.description,
    source: scene.source,
    linked: url ? 'yes' : 'no',
    url: url ?? '',
  });
  const head = [
    `<title id="chart-title">${escapeMarkup(scene.title)}</title>`,
    `<desc id="chart-desc">${escapeMarkup(about)}</desc>`,
    `<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description${url ? ` rdf:about="${escapeMarkup(url)}"` : ''}><dc:title>${escapeMarkup(scene.title)}</dc:title><dc:source>${escapeMarkup(scene.source)}</dc:source><dc:rights>${escapeMarkup(say('svg-rights'))}</dc:rights></rdf:Description></rdf:RDF></metadata>`,
  ].join('');
  return outlined.replace(
    /^<svg([^>]*)>/,
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg$1 role="img" aria-labelledby="chart-title chart-desc">${head}`,
  );
}
