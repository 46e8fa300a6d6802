import { expect, test } from '@playwright/test';

import { sitePages } from './site-pages';

// Students' reading is their own business: no page asks any other origin for anything.
test('no page makes a request to any origin but its own', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(`${r.url()} (from ${page.url()})`);
  });
  for (const path of [
    ...sitePages(),
    '/embed/personnel',
    '/charts/gpu-1924?measure=killed&scale=log',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});
