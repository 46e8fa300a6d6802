import { expect, type Page } from '@playwright/test';

type Focus = { key: string; visible: boolean };

/**
 * Tabs through the page as it is now (its scripts run, since chart marks become focusable only
 * then): Tab must reach every control that is shown, each with a visible focus, and then leave
 * the page or come back to the start rather than stay trapped. Failures name `path`.
 *
 * The page records each focus as it happens, so the keys of a run are sent in one go through the
 * DevTools protocol's key events (what page.keyboard.press sends, less its wait for each key) and
 * the record is read once a run: pressing and asking after each key took 60–80 ms a stop, the
 * whole walk of a long page several seconds.
 */
export async function expectKeyboardWalk(page: Page, path: string): Promise<void> {
  // What a keyboard user must be able to reach: links, buttons, form fields and chart marks that are shown.
  const expected = await page.evaluate(() => {
    const shown = [
      ...document.querySelectorAll<HTMLElement | SVGElement>(
        'a[href], button, input, select, textarea, summary, [tabindex="0"]',
      ),
    ]
      .filter((el) => el.getBoundingClientRect().width > 0 && !(el as HTMLInputElement).disabled)
      // The content of a closed <details> is hidden from everyone until it is opened.
      .filter((el) => el.tagName === 'SUMMARY' || !el.closest('details:not([open])'))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
    const record = window as unknown as { focusWalk: Focus[] };
    record.focusWalk = [];
    // Each element gets a number the first time it takes focus: seeing a number again means the
    // walk has come round.
    const numbers = new Map<Element, number>();
    document.addEventListener('focusin', ({ target }) => {
      const el = target as HTMLElement;
      if (!numbers.has(el)) numbers.set(el, numbers.size + 1);
      const style = getComputedStyle(el);
      record.focusWalk.push({
        key: `${numbers.get(el)} ${el.tagName} ${el.getAttribute('href') ?? el.textContent?.slice(0, 30)}`,
        visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      });
    });
    return shown.length;
  });

  const keys = await page.context().newCDPSession(page);
  const tab = (type: 'keyDown' | 'keyUp') =>
    keys.send('Input.dispatchKeyEvent', {
      type,
      key: 'Tab',
      code: 'Tab',
      windowsVirtualKeyCode: 9,
    });
  const reached = new Set<string>();
  let wrapped = false;
  let pressed = 0;
  // One press more than there are controls should leave the page or come round; a page with
  // more stops than counted gets further runs, up to twice the count.
  for (let run = expected + 1; !wrapped && pressed < 2 * expected + 10; run = 10) {
    await Promise.all(Array.from({ length: run }, () => [tab('keyDown'), tab('keyUp')]).flat());
    pressed += run;
    const { focuses, onBody } = await page.evaluate(() => ({
      focuses: (window as unknown as { focusWalk: Focus[] }).focusWalk.splice(0),
      onBody: document.activeElement === null || document.activeElement === document.body,
    }));
    for (const focus of focuses) {
      if (reached.has(focus.key)) {
        wrapped = true;
        break;
      }
      expect(focus.visible, `${path}: focus not visible on ${focus.key}`).toBe(true);
      reached.add(focus.key);
    }
    wrapped ||= onBody;
  }
  await keys.detach();
  expect(reached.size, `${path}: reached by Tab`).toBeGreaterThanOrEqual(expected);
  expect(
    wrapped,
    `${path}: focus should leave the page or come back to the start, not stay trapped`,
  ).toBe(true);
}
