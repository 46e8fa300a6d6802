import type { Quantity } from '../data/quantity';
import type { Say } from '../text/messages';

/** What a figure is written for: the language of the words around it (a `say`, or a page's). */
type InLocale = Pick<Say, 'locale'>;

/** Each locale's formats made once: the build writes thousands of figures. */
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, kind: 'count' | 'share' | 'change'): Intl.NumberFormat {
  const key = `${locale} ${kind}`;
  let made = formats.get(key);
  if (!made)
    formats.set(
      key,
      (made = new Intl.NumberFormat(
        locale,
        kind === 'count'
          ? {}
          : {
              style: 'percent',
              maximumFractionDigits: 0,
              signDisplay: kind === 'change' ? 'always' : 'auto',
            },
      )),
    );
  return made;
}

/**
 * A true minus sign, as typesetting has it, in every language: Intl writes a hyphen in English
 * ("-71%") and the minus sign in Swedish ("−71 %").
 */
const trueMinus = (text: string) => text.replace('-', '\u2212');

/** A share as a whole percentage: 0.4466 → "45%" in English, "45 %" in Swedish. */
export const formatShare = ({ locale }: InLocale, share: number): string =>
  numberFormat(locale, 'share').format(share);

/** A count with the locale's thousands separators: 105000 → "105,000", "105 000". */
export const formatCount = ({ locale }: InLocale, value: number): string =>
  trueMinus(numberFormat(locale, 'count').format(value));

/** A change as a signed percentage, with a true minus sign: −0.71 → "−71%". */
export const formatChange = ({ locale }: InLocale, ratio: number): string =>
  trueMinus(numberFormat(locale, 'change').format(ratio));

/** Large figures in millions, in the site's words: 1800000 → "1.8 million". */
export const formatMillions = (say: Say, value: number): string =>
  say('quantity-millions', { millions: value / 1e6 });

/** A quantity as text, saying "unknown" or "not printed" where there is no number. */
export function formatQuantity(say: Say, quantity: Quantity): string {
  if (quantity.status === 'unknown') return say('quantity-unknown');
  if (quantity.status === 'not-given') return say('quantity-not-given');
  return formatCount(say, quantity.value);
}
