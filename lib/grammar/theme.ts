/**
 * Every constant a chart is drawn with, in one place. Colours are from the Okabe–Ito palette,
 * which stays distinguishable for the common forms of colour blindness; every colour pairs with a
 * second cue (a shape, a pattern or a label) so no reading depends on colour alone.
 */
export const palette = {
  ink: '#1b1b1b',
  inkSoft: '#4a4a4a',
  rule: '#c9c3b4',
  grid: '#e4dfd3',
  paper: '#fcfbf8',
  /** Earlier year, or the source document's own figure. */
  blue: '#0072B2',
  /** Later year, or a figure from scholarship. */
  vermillion: '#D55E00',
  orange: '#E69F00',
  green: '#009E73',
  purple: '#CC79A7',
  sky: '#56B4E9',
  unknown: '#6b6b6b',
} as const;

/** The two layouts every chart page carries; a container query shows the one that fits. */
export type PageVariant = 'wide' | 'narrow';
export type Variant = PageVariant | 'projector';

/**
 * Three layouts per chart: "wide" for screens (shown at about its own size from 1024 px up),
 * "narrow" for phones (shown at 343 px or more on a 375 px screen), and "projector" for the deck's
 * slides. Font sizes are in the SVG's own units: 14 or more on the pages, so text stays at 14 px
 * at 1024 px and 12 px on a phone; 21 or more on slides, which are drawn at about 0.98 of their own
 * size on a 1024×768 projector, so no label is under 20 px there.
 */
export const frame = {
  wide: {
    width: 960,
    margin: 24,
    /** The space under the header, and under the source line at the foot. */
    inner: 12,
    title: 26,
    subtitle: 17,
    text: 16,
    small: 14,
    /** Between lines of small type set in rows, such as a timeline's event labels. */
    leading: 10,
    source: 14,
    credit: true,
    titleLines: 3,
  },
  narrow: {
    width: 380,
    margin: 10,
    inner: 5,
    title: 20,
    subtitle: 15,
    text: 15,
    small: 14,
    leading: 10,
    source: 14,
    credit: true,
    titleLines: 6,
  },
  projector: {
    width: 960,
    margin: 16,
    /** Less than a page's: a slide's height is its type size on the projector. */
    inner: 4,
    title: 28,
    subtitle: 21,
    text: 23,
    small: 21,
    /** Tighter than a page's, so that rows of labels keep a slide within the projector's height. */
    leading: 2,
    source: 21,
    /** The deck's title and closing slides carry the licence, so each chart slide need not. */
    credit: false,
    /**
     * The most lines a title takes at its size; a longer one (a language's longer words) is set
     * smaller, down to the text's size, until it fits in as many.
     */
    titleLines: 2,
  },
} as const;

export type Frame = (typeof frame)[Variant];

export const fontFamily =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/**
 * The spacing of rows of bars, in one place for every layout: the gap between a label and what it
 * labels, a bar's thickness and the space between rows, and where text sits on a bar's middle.
 */
export const spacing = {
  /** Between a row's label and its bar, and between a bar's end and its value. */
  gap: 8,
  /** A bar's thickness, as a share of the row's type size. */
  bar: 1.1,
  /** Space between one row and the next, as a share of the type size. */
  row: 0.4,
  /** The bar of a row of panels (lib/grammar/panels.ts), whose lanes share it, one under another. */
  panelBar: 18,
  /** Between the lanes of a panel's bar. */
  laneGap: 2,
  /** An "of which" bar's thickness inside its bar, as a share of that bar's. */
  ofWhich: 0.55,
  /** The baseline of text set on a bar's middle: a third of the type size below it. */
  baseline: (size: number) => Math.round(size / 3),
} as const;

/**
 * How rows of figures (lib/grammar/figure-rows.ts) share a frame's width beside their labels: the
 * label column between these shares of the width inside the margins (the layout takes the width
 * that draws the rows shortest), and the most of the bars' side that the words after a bar take.
 */
export const figureColumns = {
  label: [0.3, 0.6],
  wordsAfterBars: 0.45,
} as const;

/** The tallest a slide's scene may be, in its own units, for 20 px labels on a 1024×768 projector. */
export const SLIDE_HEIGHT = 730;

/**
 * The height a slide keeps to where its chart shares the slide with a long takeaway and rows carry
 * asides: at 1024×768 its 20-unit labels then stay at 20 px (a 673-unit slide drew them at 17.4).
 */
export const COMPACT_SLIDE_HEIGHT = 600;

/**
 * How much wider than DejaVu Sans a text is taken to be when it is measured (`textWidth`), so that
 * labels never run into marks in another face of the stack.
 */
export const MEASURE_ALLOWANCE = 1.05;
