/**
 * A chart as placed primitives, in the SVG's own pixel units: what layout functions return and the
 * one renderer draws. Keeping it plain data makes layouts pure and testable, and the same scene
 * becomes the page's SVG, the downloadable SVG and the PNG.
 */
export type Shape =
  | {
      type: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string;
      unknown?: boolean;
    }
  | {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width?: number;
      dash?: string;
    }
  | {
      type: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke?: string;
      width?: number;
    }
  | { type: 'path'; d: string; fill: string; stroke?: string; width?: number }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill?: string;
      weight?: 'normal' | 'bold';
      anchor?: 'start' | 'middle' | 'end';
      italic?: boolean;
      /** The chart's title: left out where the page around the chart already says it. */
      title?: true;
    };

/** A mark a reader can point at or focus: a figure of the data, with its accessible name. */
export interface Mark {
  id: string;
  /** Read aloud and shown on hover: category, value with unit, "unknown" where so. */
  label: string;
  /** A note from the data, shown with the value. */
  note?: string;
  shapes: Shape[];
}

export interface Scene {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  /** The main finding, for screen readers (the SVG's description). */
  description: string;
  source: string;
  /** Where the title's lines end: a page that gives the title itself shows the scene from here. */
  titleBottom: number;
  /** Axes, gridlines, headings and annotations: drawn beneath the marks, not focusable. */
  decorations: Shape[];
  marks: Mark[];
}
