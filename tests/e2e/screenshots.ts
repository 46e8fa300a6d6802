import type { Locator, Page } from '@playwright/test';

/**
 * Saves a picture of `target` as screenshots/`name`.png for a person to look at, when the tests
 * are run with SCREENSHOTS=1: no test compares them, and taking each costs a tenth of a second.
 */
export async function keepScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (process.env.SCREENSHOTS) await target.screenshot({ path: `screenshots/${name}.png` });
}
