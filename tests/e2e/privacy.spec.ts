import { expect, test } from '@playwright/test';

import { foreignRequests } from './watch';

// Students' reading is their own business: the site walk (site-walk.spec.ts) sees that no page
// asks another origin for anything as it opens; the explorer, loaded on demand, is seen to here.
test('the explorer, opened from its address, makes no request to any origin but its own', async ({
  page,
  baseURL,
}) => {
  const foreign = foreignRequests(page, new URL(baseURL!).origin);
  await page.goto('/charts/gpu-1924?measure=killed&scale=log');
  await expect(page.getByTestId('explorer')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
