import type { Scene, Shape } from './scene';

/** The box a shape covers, for cropping a picture to its marks. */
function bounds(shape: Shape): [number, number, number, number] {
  switch (shape.type) {
    case 'rect':
      return [shape.x, shape.y, shape.x + shape.width, shape.y + shape.height];
    case 'line':
      return [
        Math.min(shape.x1, shape.x2),
        Math.min(shape.y1, shape.y2),
        Math.max(shape.x1, shape.x2),
        Math.max(shape.y1, shape.y2),
      ];
    case 'circle':
      return [shape.cx - shape.r, shape.cy - shape.r, shape.cx + shape.r, shape.cy + shape.r];
    case 'path': {
      const numbers = [...shape.d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }
    case 'text':
      return [shape.x, shape.y, shape.x, shape.y];
  }
}

/** A small picture of a chart: the part of its scene to show, and the shapes drawn in it. */
export interface Picture {
  viewBox: string;
  shapes: Shape[];
}

/**
 * A chart as a small picture: its marks without their words, cropped to them, for the deck's
 * overview, where each slide's title stands beside it.
 */
export function thumbnail(scene: Scene): Picture {
  const shapes = scene.marks.flatMap((mark) => mark.shapes).filter((s) => s.type !== 'text');
  const boxes = shapes.map(bounds);
  const pad = 8;
  const [x0, y0, x1, y1] = [
    Math.min(...boxes.map((b) => b[0])) - pad,
    Math.min(...boxes.map((b) => b[1])) - pad,
    Math.max(...boxes.map((b) => b[2])) + pad,
    Math.max(...boxes.map((b) => b[3])) + pad,
  ];
  return { viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, shapes };
}

/** Room above the first mark for the heading of its panel or its lane. */
const HEADING_ROOM = 34;

/**
 * A chart's first rows with their words, for a card of the home page: the scene (its phone
 * layout, whose words are largest for its width) through a window as wide as the scene and
 * `aspect` times as high, from just above its first mark. Labels, values and axes are the
 * chart's own; the title and subtitle, which the card says in its own words, are above it.
 */
export function firstRows(scene: Scene, aspect: number): Picture {
  const tops = scene.marks
    .flatMap((mark) => mark.shapes)
    .filter((shape) => shape.type !== 'text')
    .map((shape) => bounds(shape)[1]);
  const top = Math.min(...tops) - HEADING_ROOM;
  const bottom = top + scene.width * aspect;
  // Only what the window shows goes into the page.
  const shapes = [...scene.decorations, ...scene.marks.flatMap((mark) => mark.shapes)].filter(
    (shape) => {
      const [, y0, , y1] = bounds(shape);
      return y1 >= top && y0 - (shape.type === 'text' ? shape.size : 0) <= bottom;
    },
  );
  return { viewBox: `0 ${top} ${scene.width} ${bottom - top}`, shapes };
}
