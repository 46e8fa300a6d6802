// The site walk (site-walk.spec.ts) audits every page as it opens; these are the states a
// reader reaches from a page, and the pages without their scripts.
import { expect, test } from '@playwright/test';

import { axeFindings } from './axe';

import { allowForVisits, expectContentWithoutScripts, pagesIn } from './walk';

test('the Table view and an opened explorer pass axe too', async ({ page }) => {
  await page.goto('/charts/gpu-1924?view=table');
  expect(await axeFindings(page), 'the Table view').toEqual([]);
  await page.goto('/charts/gpu-1924');
  await page.getByRole('button', { name: 'Open the explorer' }).click();
  await expect(page.getByTestId('explorer')).toBeVisible();
  expect(await axeFindings(page), 'the explorer').toEqual([]);
});

// Each translation's pages are read without scripts in its walk (site-walk.spec.ts).
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page shows its content and charts', async ({ page }) => {
    const walked = pagesIn('en');
    // A page takes about 0.3 s.
    allowForVisits(walked.length, 1_000);
    for (const path of walked) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectContentWithoutScripts(page, path);
    }
  });
});
