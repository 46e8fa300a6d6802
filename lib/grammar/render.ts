import type { Scene, Shape } from './scene';
import type { Picture } from './thumbnail';
import { fontFamily, palette } from './theme';

/**
 * The one renderer: a scene or a thumbnail's shapes as SVG markup. A string, not a React tree, so
 * that a page sends its charts as markup the browser reads once and React never hydrates (see
 * components/frozen-markup.tsx), and so that the downloads draw exactly what the page draws.
 */

/**
 * The name under which the browser reports when the marks' labels were painted (Element Timing):
 * the moment a reader sees the chart, as `npm run bench` measures it. Browsers report text, not
 * shapes; each mark has a label, so the labels stand for the marks.
 */
export const MARK_PAINT_TIMING = 'chart-mark';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};
/** Text and attribute values escaped as React escapes them, so the markup is what it wrote. */
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = string | number | undefined | null | false;

/** An element; attributes in the order given, those without a value left out. */
function element(name: string, attributes: Record<string, Value>, content?: string): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([key, value]) => ` ${key}="${escapeMarkup(String(value))}"`)
    .join('');
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

/**
 * `hatchId` names the hatching pattern of the SVG the shape is drawn in: each SVG holds its own,
 * under an id unique on the page, because a page holds several charts (the wide and the narrow
 * layout, thumbnails) and a pattern inside an SVG that is not displayed is not drawn either.
 */
function shapeMarkup(shape: Shape, hatchId: string, paintTiming?: string): string {
  switch (shape.type) {
    case 'rect':
      return element('rect', {
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        fill: shape.unknown ? `url(#${hatchId})` : shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.stroke ? 1.5 : undefined,
        'stroke-dasharray': shape.unknown ? '4 3' : undefined,
      });
    case 'line':
      return element('line', {
        x1: shape.x1,
        y1: shape.y1,
        x2: shape.x2,
        y2: shape.y2,
        stroke: shape.stroke,
        'stroke-width': shape.width ?? 1,
        'stroke-dasharray': shape.dash,
      });
    case 'circle':
      return element('circle', {
        cx: shape.cx,
        cy: shape.cy,
        r: shape.r,
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.width,
      });
    case 'path':
      return element('path', {
        d: shape.d,
        fill: shape.fill,
        stroke: shape.stroke,
        'stroke-width': shape.width,
      });
    case 'text':
      return element(
        'text',
        {
          x: shape.x,
          y: shape.y,
          'font-size': shape.size,
          fill: shape.fill ?? palette.ink,
          'font-weight': shape.weight === 'bold' ? 700 : undefined,
          'font-style': shape.italic ? 'italic' : undefined,
          'text-anchor': shape.anchor,
          elementtiming: paintTiming,
        },
        escapeMarkup(shape.text),
      );
  }
}

/** The hatching that marks an unknown figure: never a bar of zero. */
function hatchPattern(id: string): string {
  const tile = element('rect', { width: 8, height: 8, fill: palette.paper });
  const stroke = element('line', {
    x1: 0,
    y1: 0,
    x2: 0,
    y2: 8,
    stroke: palette.unknown,
    'stroke-width': 2,
  });
  const pattern = element(
    'pattern',
    {
      id,
      width: 8,
      height: 8,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    tile + stroke,
  );
  return `<defs>${pattern}</defs>`;
}

interface SvgOptions {
  /** Unique on the page: the SVG's title, description and hatching take their ids from it. */
  idPrefix: string;
  /**
   * The id of the page's own heading of the chart, where the page gives its title: the SVG is then
   * named by it and shown from below its own title, so a reader meets the title once.
   */
  labelledBy?: string;
  /**
   * Only in the build `npm run bench` makes, never in what readers get or in a downloaded file,
   * where the attribute would mean nothing.
   */
  reportPaint?: boolean;
}

/**
 * A scene as a self-contained SVG: title, subtitle and source line are inside it, so the chart
 * stands alone when saved or embedded. With JavaScript off it is the whole chart. Marks carry
 * data-mark so the interactive layer and the text can find them.
 */
export function sceneMarkup(
  scene: Scene,
  { idPrefix, labelledBy, reportPaint = false }: SvgOptions,
): string {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const hatchId = `${idPrefix}-hatch`;
  const top = labelledBy ? scene.titleBottom : 0;
  const decorations = labelledBy
    ? scene.decorations.filter((shape) => !(shape.type === 'text' && shape.title))
    : scene.decorations;
  const marks = scene.marks.map((mark) =>
    element(
      'g',
      {
        class: 'chart-mark',
        'data-mark': mark.id,
        'data-label': mark.label,
        'data-note': mark.note,
      },
      mark.shapes
        .map((shape) => shapeMarkup(shape, hatchId, reportPaint ? MARK_PAINT_TIMING : undefined))
        .join(''),
    ),
  );
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 ${top} ${scene.width} ${scene.height - top}`,
      role: 'img',
      'aria-labelledby': labelledBy ?? titleId,
      'aria-describedby': descId,
      class: 'chart-svg',
      'font-family': fontFamily,
    },
    [
      labelledBy ? '' : element('title', { id: titleId }, escapeMarkup(scene.title)),
      element('desc', { id: descId }, escapeMarkup(scene.description)),
      hatchPattern(hatchId),
      element('rect', { width: scene.width, height: scene.height, fill: palette.paper }),
      element(
        'g',
        { class: 'chart-decorations' },
        decorations.map((shape) => shapeMarkup(shape, hatchId)).join(''),
      ),
      element('g', { class: 'chart-marks' }, marks.join('')),
    ].join(''),
  );
}

/** A chart as a small static picture (see thumbnail.ts): hidden from screen readers. */
export function thumbnailMarkup({ viewBox, shapes }: Picture, idPrefix: string): string {
  const hatchId = `${idPrefix}-hatch`;
  return element(
    'svg',
    {
      viewBox,
      class: 'chart-thumbnail',
      'aria-hidden': 'true',
      focusable: 'false',
      preserveAspectRatio: 'xMidYMin meet',
      'font-family': fontFamily,
    },
    [
      hatchPattern(hatchId),
      element('rect', { x: -10000, y: -10000, width: 20000, height: 20000, fill: palette.paper }),
      ...shapes.map((shape) => shapeMarkup(shape, hatchId)),
    ].join(''),
  );
}
