import { textWidth } from '@/lib/grammar/measure';
import type { Shape } from '@/lib/grammar/scene';
import { text, type TextStyle } from '@/lib/grammar/shapes';
import type { Frame } from '@/lib/grammar/theme';

/** A figure printed after a year's bars, in the voice of the bar it belongs to. */
type Figure = readonly [text: string, style?: TextStyle];

/**
 * A year's two figures on a panel of year rows, after its bars' end: the first, then the second
 * beside it, in the order of the bars, so that each can go with its own mark.
 */
export function figuresAfter(
  f: Frame,
  end: number,
  mid: number,
  first: Figure,
  second: Figure,
): [Shape, Shape] {
  const at = end + 8;
  const [[firstText, firstStyle], [secondText, secondStyle]] = [first, second];
  return [
    text(at, mid + 5, firstText, f.small, firstStyle),
    text(
      at + textWidth(firstText, f.small, firstStyle?.weight) + 8,
      mid + 5,
      secondText,
      f.small,
      secondStyle,
    ),
  ];
}
