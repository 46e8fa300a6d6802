import type { Scene, Shape } from '@/lib/grammar/scene';
import { fontFamily, palette } from '@/lib/grammar/theme';

/**
 * The name under which the browser reports when the marks' labels were painted (Element Timing):
 * the moment a reader sees the chart, as `npm run bench` measures it. Browsers report text, not
 * shapes; each mark has a label, so the labels stand for the marks.
 */
export const MARK_PAINT_TIMING = 'chart-mark';

/**
 * Whether this build is the benchmark's (`npm run bench` builds with BENCH=1): only then do the
 * pages' charts carry the Element Timing attribute, which is no part of HTML and is of no use to
 * a reader. Read when the pages are prerendered.
 */
export const BENCH_BUILD = process.env.BENCH === '1';

/**
 * `hatchId` names the hatching pattern of the SVG the shape is drawn in: each SVG holds its own,
 * under an id unique on the page, because a page holds several charts (the wide and the narrow
 * layout, thumbnails) and a pattern inside an SVG that is not displayed is not drawn either.
 */
export function ShapeElement({
  shape,
  paintTiming,
  hatchId,
}: {
  shape: Shape;
  paintTiming?: string;
  hatchId: string;
}) {
  switch (shape.type) {
    case 'rect':
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          fill={shape.unknown ? `url(#${hatchId})` : shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.stroke ? 1.5 : undefined}
          strokeDasharray={shape.unknown ? '4 3' : undefined}
        />
      );
    case 'line':
      return (
        <line
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          stroke={shape.stroke}
          strokeWidth={shape.width ?? 1}
          strokeDasharray={shape.dash}
        />
      );
    case 'circle':
      return (
        <circle
          cx={shape.cx}
          cy={shape.cy}
          r={shape.r}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.width}
        />
      );
    case 'path':
      return <path d={shape.d} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.width} />;
    case 'text':
      return (
        <text
          x={shape.x}
          y={shape.y}
          fontSize={shape.size}
          fill={shape.fill ?? palette.ink}
          fontWeight={shape.weight === 'bold' ? 700 : undefined}
          fontStyle={shape.italic ? 'italic' : undefined}
          textAnchor={shape.anchor}
          elementtiming={paintTiming}
        >
          {shape.text}
        </text>
      );
  }
}

/** The hatching that marks an unknown figure: never a bar of zero. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill={palette.paper} />
        <line x1="0" y1="0" x2="0" y2="8" stroke={palette.unknown} strokeWidth="2" />
      </pattern>
    </defs>
  );
}

/**
 * Draws a scene as a self-contained SVG: title, subtitle and source line are inside it, so the
 * chart stands alone when saved or embedded. Rendered on the server; with JavaScript off it is the
 * whole chart. Marks carry data-mark so the interactive layer and the text can find them.
 */
export function ChartSvg({
  scene,
  idPrefix,
  labelledBy,
  reportPaint = false,
}: {
  scene: Scene;
  idPrefix: string;
  /**
   * The id of the page's own heading of the chart, where the page gives its title: the SVG is then
   * named by it and shown from below its own title, so a reader meets the title once.
   */
  labelledBy?: string;
  /**
   * Only in the build `npm run bench` makes (see BENCH_BUILD), never in what readers get or in a
   * downloaded file, where the attribute would mean nothing.
   */
  reportPaint?: boolean;
}) {
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const hatchId = `${idPrefix}-hatch`;
  const top = labelledBy ? scene.titleBottom : 0;
  const decorations = labelledBy
    ? scene.decorations.filter((shape) => !(shape.type === 'text' && shape.title))
    : scene.decorations;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 ${top} ${scene.width} ${scene.height - top}`}
      role="img"
      aria-labelledby={labelledBy ?? titleId}
      aria-describedby={descId}
      className="chart-svg"
      fontFamily={fontFamily}
    >
      {!labelledBy && <title id={titleId}>{scene.title}</title>}
      <desc id={descId}>{scene.description}</desc>
      <HatchPattern id={hatchId} />
      <rect width={scene.width} height={scene.height} fill={palette.paper} />
      <g className="chart-decorations">
        {decorations.map((shape, index) => (
          <ShapeElement key={index} shape={shape} hatchId={hatchId} />
        ))}
      </g>
      <g className="chart-marks">
        {scene.marks.map((mark) => (
          <g
            key={mark.id}
            className="chart-mark"
            data-mark={mark.id}
            data-label={mark.label}
            data-note={mark.note}
          >
            {mark.shapes.map((shape, index) => (
              <ShapeElement
                key={index}
                shape={shape}
                hatchId={hatchId}
                paintTiming={reportPaint ? MARK_PAINT_TIMING : undefined}
              />
            ))}
          </g>
        ))}
      </g>
    </svg>
  );
}
