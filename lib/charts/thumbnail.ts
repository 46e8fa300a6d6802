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

/**
 * A chart as a small picture: its marks without their words, cropped to them, for the cards of
 * the home page and the deck's overview. It is decoration beside a title that says the same.
 */
export function thumbnail(scene: Scene): { viewBox: string; shapes: Shape[] } {
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
