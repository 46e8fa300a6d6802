import type { Locator } from '@playwright/test';

/**
 * The words of a chart that the browser draws past its left or right edge, where they are cut
 * off: measured with the fonts the browser really uses, which the layouts can only estimate.
 */
export function textsPastTheEdge(svg: Locator): Promise<string[]> {
  return svg.evaluate((element) => {
    const view = (element as SVGSVGElement).viewBox.baseVal;
    return [...element.querySelectorAll('text')].flatMap((text) => {
      const box = text.getBBox();
      return box.x < view.x - 0.5 || box.x + box.width > view.x + view.width + 0.5
        ? [`${text.textContent} (${Math.round(box.x)}–${Math.round(box.x + box.width)})`]
        : [];
    });
  });
}
