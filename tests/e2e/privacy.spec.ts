import { expect, test } from '@playwright/test';

import { allowForVisits, sitePages } from './walk';

// Students' reading is their own business: no page asks any other origin for anything.
test('no page makes a request to any origin but its own', async ({ page, baseURL }) => {
  const paths = [...sitePages, '/embed/personnel', '/charts/gpu-1924?measure=killed&scale=log'];
  // A page takes about 0.5 s until its network is idle.
  allowForVisits(paths.length, 3_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(`${r.url()} (from ${page.url()})`);
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
