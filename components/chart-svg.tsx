import { createHash } from 'node:crypto';

import type { Scene } from '@/lib/grammar/scene';
import { sceneMarkup, thumbnailMarkup } from '@/lib/grammar/render';
import type { Picture } from '@/lib/grammar/thumbnail';

import { ServedMarkup } from './served-markup';

/**
 * Whether this build is the benchmark's (`npm run bench` builds with BENCH=1): only then do the
 * pages' charts carry the Element Timing attribute, which is no part of HTML and is of no use to
 * a reader. Read when the pages are prerendered.
 */
export const BENCH_BUILD = process.env.BENCH === '1';

/** Names a piece of markup by what it is, so the same chart drawn twice is one entry. */
const keyOf = (html: string) => createHash('sha256').update(html).digest('base64url').slice(0, 16);

/** A chart's SVG (lib/grammar/render.ts) in an element of the page, sent as markup. */
export function ChartSvg({
  scene,
  className,
  ...options
}: {
  scene: Scene;
  className: string;
} & Parameters<typeof sceneMarkup>[1]) {
  const html = sceneMarkup(scene, options);
  return <ServedMarkup markupKey={keyOf(html)} html={html} className={className} />;
}

/** A chart as a small static picture (lib/grammar/thumbnail.ts), hidden from screen readers. */
export function ChartThumbnail({ picture, idPrefix }: { picture: Picture; idPrefix: string }) {
  const html = thumbnailMarkup(picture, idPrefix);
  return <ServedMarkup markupKey={keyOf(html)} html={html} className="thumbnail-frame" as="span" />;
}
