import type { Quantity } from '@/lib/data/quantity';

import { belowValueAxis, fittedTicks, valueAxis } from './axis';
import { textBlock } from './chrome';
import { composeScene, type ChartWords } from './compose';
import type { ValueAxisWords } from './figure-rows';
import { dot, link } from './marks/dot';
import { unknownBox } from './marks/unknown';
import { valueAbove } from './marks/value-label';
import { textWidth } from './measure';
import { zeroBasedScale } from './scale';
import type { Mark, Scene, Shape } from './scene';
import { aside, bold, text } from './shapes';
import { frame, palette, spacing, type Variant } from './theme';

/** What a dot's colour and fill stand for, named in the key above the rows. */
interface DumbbellKey {
  name: string;
  fill: string;
  stroke: string;
}

/** A figure of a row: a dot at its value, or a hatched box where the source gives "?". */
interface DumbbellPoint {
  id: string;
  /** The mark's accessible name, and the data's note on it. */
  label: string;
  note?: string;
  value: Quantity;
  /** The key it is drawn in, by its place in `keys`. */
  key: number;
  /** The value as printed over the dot, or what is printed beside a box of an unknown. */
  text: string;
}

/** A row: its name, its one or two figures, and words at its end or after its last figure. */
export interface DumbbellRow {
  label: string;
  points: readonly DumbbellPoint[];
  /** At the row's end, flush right: the change, in bold, or why there is none, as an aside. */
  end?: { text: string; aside?: boolean };
  /** Small words after the row's figures: what a row with one figure lacks. */
  after?: string;
}

export interface DumbbellSpec {
  keys: readonly DumbbellKey[];
  rows: readonly DumbbellRow[];
  axis: ValueAxisWords;
}

/**
 * A dumbbell per row on one scale from zero: a dot for each figure, a line between a row's two,
 * the value over each dot (under it on a phone), and the change at the row's end. Nothing is set
 * per chart or per frame: the label column is as wide as the widest name in bold (up to a third
 * of the frame; a longer one wraps), the end column as wide as its widest words, and a dot's
 * size and the rows' spacing follow the frame's type.
 */
export function dumbbells(spec: DumbbellSpec, variant: Variant, words: ChartWords): Scene {
  const f = frame[variant];
  const narrow = variant === 'narrow';
  const inner = f.width - 2 * f.margin;
  const r = Math.round(f.text / 2);
  const endWidth = Math.max(
    0,
    ...spec.rows.map(({ end }) =>
      end ? textWidth(end.text, end.aside ? f.small : f.text, end.aside ? undefined : 'bold') : 0,
    ),
  );
  const labelWidth = narrow
    ? 0
    : Math.min(
        inner / 3,
        Math.max(...spec.rows.map((row) => textWidth(row.label, f.text, 'bold'))),
      );
  const x0 = f.margin + (narrow ? r : labelWidth + 2 * spacing.gap);
  // A value is centred over its dot: the largest's half-width keeps it clear of the end column.
  const x1 = f.width - f.margin - (narrow ? r : endWidth + 2 * spacing.gap);
  const x = zeroBasedScale(
    spec.rows.flatMap((row) => row.points.map((p) => p.value)),
    [x0, x1],
  );

  return composeScene(f, words, (headerBottom) => {
    const shapes: Shape[] = [];
    const marks: Mark[] = [];
    // The key: each dot's meaning, one after another on a line.
    const keyY = headerBottom + f.small;
    let keyX = f.margin;
    for (const key of spec.keys) {
      const keyR = Math.round(f.small / 2);
      shapes.push(
        dot({ cx: keyX + keyR, cy: keyY - keyR + 2, r: keyR, fill: key.fill, stroke: key.stroke }),
        text(keyX + 2 * keyR + spacing.gap, keyY, key.name, f.small),
      );
      keyX += 2 * keyR + 2 * spacing.gap + textWidth(key.name, f.small) + 3 * spacing.gap;
    }

    const plotTop = keyY + 2 * spacing.gap;
    let y = plotTop;
    for (const row of spec.rows) {
      // On a page or slide the value stands over the dot and the label beside it, on the dot's
      // line; on a phone the label comes first, across the frame, and the value under the dot.
      const besideY = y + f.small + spacing.gap + r;
      const label = textBlock(row.label, {
        x: f.margin,
        top: narrow ? y : besideY - f.text * 0.9,
        width: narrow ? inner - endWidth - spacing.gap : labelWidth,
        size: f.text,
        ...bold,
      });
      shapes.push(...label.shapes);
      const dotY = narrow ? label.bottom + r + spacing.gap / 2 : besideY;
      const valueY = narrow ? dotY + r + f.small + spacing.gap / 2 : dotY - r - spacing.gap;

      const xs = row.points.map((p) => (p.value.status === 'known' ? x(p.value.value) : x0));
      if (xs.length === 2)
        shapes.push(link({ x1: xs[0]!, x2: xs[1]!, y: dotY, stroke: palette.inkSoft }));
      row.points.forEach((point, i) => {
        const cx = xs[i]!;
        const key = spec.keys[point.key]!;
        const drawn: Shape[] =
          point.value.status === 'known'
            ? [
                dot({ cx, cy: dotY, r, fill: key.fill, stroke: key.stroke }),
                valueAbove(f, cx, valueY, point.text),
              ]
            : [
                unknownBox(cx - r, dotY - r, 2 * r, 2 * r),
                text(cx + r + spacing.gap, dotY + spacing.baseline(f.small), point.text, f.small, {
                  italic: true,
                }),
              ];
        marks.push({ id: point.id, label: point.label, note: point.note, shapes: drawn });
      });

      const { end } = row;
      if (end)
        shapes.push(
          text(
            f.width - f.margin,
            narrow ? y + f.text : dotY + spacing.baseline(f.text),
            end.text,
            end.aside ? f.small : f.text,
            { ...(end.aside ? aside : bold), anchor: 'end' },
          ),
        );
      let bottom = Math.max(narrow ? valueY : dotY + r, label.bottom);
      if (row.after) {
        const afterY = narrow ? valueY + f.small + spacing.gap : dotY + spacing.baseline(f.small);
        const afterX = narrow ? f.margin : Math.max(...xs) + r + spacing.gap;
        shapes.push(text(afterX, afterY, row.after, f.small, aside));
        bottom = Math.max(bottom, afterY);
      }
      y = bottom + f.text;
    }
    return {
      beneath: valueAxis(f, x, {
        top: plotTop,
        bottom: y,
        ticks: fittedTicks(x, f.small, spec.axis.format),
        ...spec.axis,
      }),
      shapes,
      marks,
      bottom: belowValueAxis(f, y),
    };
  });
}
