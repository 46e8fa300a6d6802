import { expect, type Page } from '@playwright/test';

/**
 * Waits until React has taken the page over, which is when its scripts have all run. React leaves
 * a "__reactFiber…" property on each element it hydrates, the body among them. Asked with
 * page.evaluate, since the pages' policy forbids the eval that page.waitForFunction uses.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__reactFiber'))),
    )
    .toBe(true);
}
