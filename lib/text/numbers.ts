// A group of thousands uses one separator throughout, so "1,800,000 1930" is two numbers.
const NUMBER =
  /(\d+(?:\.\d+)?)–(\d+(?:\.\d+)?) million|(\d+(?:\.\d+)?) million|(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d))|(\d+(?:\.\d+)?)%|(\d+(?:\.\d+)?)/g;

/**
 * The numbers a person reads in a text, as values: "5.5–6.5 million" gives 5500000 and 6500000,
 * "3,900,000" and "3 900 000" give 3900000, "98.9%" gives 98.9. For checking text against data.
 */
export function numbersIn(text: string): number[] {
  const numbers: number[] = [];
  for (const [, low, high, millions, grouped, percent, plain] of text.matchAll(NUMBER)) {
    if (low !== undefined && high !== undefined)
      numbers.push(Math.round(Number(low) * 1e6), Math.round(Number(high) * 1e6));
    else if (millions !== undefined) numbers.push(Math.round(Number(millions) * 1e6));
    else if (grouped !== undefined) numbers.push(Number(grouped.replace(/[ ,]/g, '')));
    else numbers.push(Number(percent ?? plain));
  }
  return numbers;
}

/**
 * The figures written in a text that must be tied to data: large ones ("105,000", "1.8 million")
 * and percentages ("65%"), which this project computes from the data.
 */
export function figuresIn(text: string): string[] {
  return [
    ...text.matchAll(/\d+(?:\.\d+)?(?:–\d+(?:\.\d+)?)? million|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?%/g),
  ].map((m) => m[0]);
}
