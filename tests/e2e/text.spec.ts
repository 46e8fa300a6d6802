import { expect, test } from '@playwright/test';

import { charts as registered } from '@/lib/charts/registry';

test('a number in the text lights its mark, and the mark leads back to the paragraph', async ({
  page,
}) => {
  await page.goto('/charts/personnel');
  const link = page.locator('.explanation a[data-mark-link="military-1925"]').first();
  const mark = page.locator('.chart-wide [data-mark="military-1925"]');

  await link.hover();
  await expect(mark).toHaveClass(/is-active/);
  await expect(page.getByTestId('chart-tooltip')).toContainText('Military, 1925: 63,000 persons');

  await link.click();
  await expect(mark).toHaveClass(/is-active/);
  await expect(mark).toBeInViewport();

  await page.mouse.move(0, 0);
  await mark.focus();
  await page.keyboard.press('Enter');
  const paragraph = page.locator('.explanation p[data-explains~="military-1925"]').first();
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toContainText('it fell from 180,000');
});

test('each text link says where it leads, for screen readers', async ({ page }) => {
  await page.goto('/charts/gpu-1924');
  await expect(
    page.locator('.explanation a[data-mark-link="letters-arrested-or-checked"]'),
  ).toHaveAccessibleName('5,078,174 (show in the chart)');
  await expect(page.locator('.explanation a.figure-link').first()).toHaveAccessibleName(
    /\(see the figures from scholarship\)$/,
  );
});

test('the copy button puts the citation on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/charts/timeline');
  await page.getByRole('button', { name: 'Copy the APA citation' }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  // The tests' build has no SITE_URL, so the citation names no address rather than localhost.
  expect(clipboard).toMatch(
    /^Repression in Numbers contributors\. \(2026\)\. The secret police, 1917–1941: agencies, heads and events \[Data visualisation, version \d+\.\d+\.\d+\]\. Repression in Numbers\.$/,
  );
  await page.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '@misc{repression-in-numbers-timeline,',
  );
});

test('every chart page has its text, source check, sources and citations', async ({ page }) => {
  for (const slug of registered.map((chart) => chart.slug)) {
    await page.goto(`/charts/${slug}`);
    await expect(page.getByRole('heading', { name: 'What the chart shows' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Source check', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
    await expect(page.locator('pre.excerpt')).not.toBeEmpty();
    await expect(page.locator('ol.references li').first()).toBeVisible();
    await expect(page.locator('pre[data-citation]')).toHaveCount(3);
    // The excerpt read as a historian: four questions, each asked of it.
    await expect(page.locator('.source-reading dt')).toHaveCount(4);
    await expect(page.locator('.source-reading dd').first()).not.toBeEmpty();
  }
  // Its corroboration leads to the source check's cards, where the source and scholarship part.
  const toCheck = page.locator('.source-reading .reading-checks a').first();
  const title = (await toCheck.textContent())!;
  await toCheck.click();
  await expect(page.locator('.check-card:target h3')).toHaveText(title);
  await expect(page.locator('.check-card:target')).toBeInViewport();
});

test('the GPU page shows each printed total beside the sum of its figures', async ({ page }) => {
  await page.goto('/charts/gpu-1924');
  const row = page.getByRole('row', { name: /^Arrested or checked/ });
  await expect(row).toContainText('5,136,558 persons');
  await expect(row).toContainText('Yes');
  await expect(row).toContainText('42,883 persons + 15,501 organisations + 5,078,174 letters');
});
