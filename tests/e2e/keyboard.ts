import { expect, type Page } from '@playwright/test';

/**
 * Tabs through the page as it is now (its scripts run, since chart marks become focusable only
 * then): Tab must reach every control that is shown, each with a visible focus, and then leave
 * the page or come back to the start rather than stay trapped. Failures name `path`.
 */
export async function expectKeyboardWalk(page: Page, path: string): Promise<void> {
  // What a keyboard user must be able to reach: links, buttons, form fields and chart marks that are shown.
  const expected = await page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement | SVGElement>(
          'a[href], button, input, select, textarea, summary, [tabindex="0"]',
        ),
      ]
        .filter((el) => el.getBoundingClientRect().width > 0 && !(el as HTMLInputElement).disabled)
        // The content of a closed <details> is hidden from everyone until it is opened.
        .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
        .length,
  );
  const reached = new Set<string>();
  let wrapped = false;
  for (let i = 0; i < 2 * expected + 10; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // Each element gets a number the first time it takes focus: seeing a number again means
      // the walk has come round.
      const walk = window as unknown as { walked?: number };
      if (!el.dataset.walk) el.dataset.walk = String((walk.walked = (walk.walked ?? 0) + 1));
      const key = `${el.dataset.walk} ${el.tagName} ${el.getAttribute('href') ?? el.textContent?.slice(0, 30)}`;
      return { key, visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (focus === null) {
      wrapped = true;
      break;
    }
    expect(focus.visible, `${path}: focus not visible on ${focus.key}`).toBe(true);
    if (reached.has(focus.key)) {
      wrapped = true;
      break;
    }
    reached.add(focus.key);
  }
  expect(reached.size, `${path}: reached by Tab`).toBeGreaterThanOrEqual(expected);
  expect(
    wrapped,
    `${path}: focus should leave the page or come back to the start, not stay trapped`,
  ).toBe(true);
}
