import { chartFooter, chartHeader } from './chrome';
import type { Mark, Scene, Shape } from './scene';
import type { Frame, Variant } from './theme';

/** A chart's title and subtitles, written once in the front matter of its text file. */
export interface Heading {
  title: string;
  subtitle: string;
  /** A shorter subtitle for slides, where the full one would take the chart's room. */
  slideSubtitle: string;
}

/** A chart's subtitle on a frame: on a slide, the shorter one, so that the chart keeps its room. */
export const subtitleOn = (heading: Heading, variant: Variant) =>
  variant === 'projector' ? heading.slideSubtitle : heading.subtitle;

/** What a chart says in words: its title and subtitle above, its finding and its sources. */
export interface ChartWords {
  title: string;
  subtitle: string;
  /** The main finding, for screen readers (the SVG's description). */
  description: string;
  source: string;
  /** The source line with the site's name and licence, for the frames that leave the site. */
  credit?: string;
}

/** A chart's body as a layout draws it, from the top it is given. */
export interface Body {
  /** Drawn beneath everything, the header included: gridlines and axes. */
  beneath?: Shape[];
  shapes: Shape[];
  marks: Mark[];
  /** Where the footer's rule goes. */
  bottom: number;
}

/**
 * A chart's scene: the header (title, subtitle), the body a layout draws below it, and the footer
 * (sources, and the licence where the frame carries it), so that every chart stands alone when it
 * is saved, embedded or shown on a slide.
 */
export function composeScene(f: Frame, words: ChartWords, draw: (top: number) => Body): Scene {
  const header = chartHeader(f, words.title, words.subtitle);
  const body = draw(header.bottom);
  const footer = chartFooter(f, (f.credit && words.credit) || words.source, body.bottom);
  return {
    width: f.width,
    height: footer.bottom,
    title: words.title,
    subtitle: words.subtitle,
    description: words.description,
    source: words.source,
    titleBottom: header.titleBottom,
    decorations: [...(body.beneath ?? []), ...header.shapes, ...body.shapes, ...footer.shapes],
    marks: body.marks,
  };
}

/**
 * Parts of a chart's body one under the other, each drawn from where the one before it ends: a
 * layout says what its parts are, and no part needs to know the height of those above it.
 */
export function stackParts(top: number, parts: readonly ((top: number) => Body)[]): Body {
  const drawn: Body[] = [];
  let y = top;
  for (const part of parts) {
    const next = part(y);
    drawn.push(next);
    y = next.bottom;
  }
  return {
    beneath: drawn.flatMap((part) => part.beneath ?? []),
    shapes: drawn.flatMap((part) => part.shapes),
    marks: drawn.flatMap((part) => part.marks),
    bottom: y,
  };
}
