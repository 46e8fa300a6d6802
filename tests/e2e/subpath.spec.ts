import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { charts } from '@/lib/charts/registry';
import { loadDeck } from '@/lib/present/load-deck';

import { freshClone } from './fresh-clone';

const PORT = 3230;
// A registered chart and the deck's last chart slide, which an offline reader has not visited.
const SLUG = charts[0]!.slug;
const LAST_CHART = loadDeck().findLastIndex((slide) => slide.kind === 'chart') + 1;
const FOLDER = '/some/folder';
const SITE = `http://127.0.0.1:${PORT}${FOLDER}`;

test('built for a folder of its host, the site works there: pages, links, downloads, embeds, the deck offline', async ({
  browser,
}) => {
  // A whole build on two cores: about a minute and a half.
  test.setTimeout(300_000);
  const dir = freshClone();
  execFileSync('npm', ['run', 'build'], {
    cwd: dir,
    env: { ...process.env, SITE_URL: SITE, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const server = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/serve-static.ts', '--port', String(PORT)],
    { cwd: dir, env: { ...process.env, HOST: '127.0.0.1' }, stdio: 'ignore' },
  );
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  try {
    const page = await context.newPage();
    await expect
      .poll(async () => (await page.request.get(`${FOLDER}/`).catch(() => null))?.status(), {
        timeout: 20_000,
      })
      .toBe(200);
    // Nothing of the site outside its folder.
    expect((await page.request.get(`/charts/${SLUG}`)).status()).toBe(404);

    await page.goto(`${FOLDER}/`);
    await page.locator(`a[href="${FOLDER}/charts/${SLUG}"]`).first().click();
    await expect(page).toHaveURL(`${SITE}/charts/${SLUG}`);
    await expect(page.locator('.chart-wide svg [data-mark]').first()).toBeVisible();
    // Every link of the page stays in the folder; downloads and the data package answer there.
    const links = await page
      .locator('a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const inFolder = new RegExp(`^${FOLDER}([/#?]|$)`);
    expect(links.filter((href) => !inFolder.test(href))).toEqual([]);
    for (const href of links.filter((h) => h.includes('/downloads/')).slice(0, 5))
      expect((await page.request.get(href)).status(), href).toBe(200);
    expect((await page.request.get(`${FOLDER}/datapackage.json`)).status()).toBe(200);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${SITE}/charts/${SLUG}`,
    );
    await page.getByRole('link', { name: 'Student handout' }).click();
    await expect(page).toHaveURL(`${SITE}/charts/${SLUG}/handout`);

    await page.goto(`${FOLDER}/embed/${SLUG}`);
    await expect(page.locator('svg.chart-svg [data-mark]').first()).toBeVisible();

    // The deck: saved for offline use within the folder, and moving without a reload offline.
    await page.goto(`${FOLDER}/present/2`);
    await expect(page.locator('.deck-offline')).toHaveText('Saved: works offline', {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
    await page.keyboard.type(String(LAST_CHART));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${SITE}/present/${LAST_CHART}`);
    await expect(page.locator('.deck-counter')).toContainText(`${LAST_CHART} /`);
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(presenter).toHaveURL(`${SITE}/present/presenter?slide=${LAST_CHART}`);
    await expect(
      presenter.frameLocator('.presenter-now iframe').locator('.deck-counter'),
    ).toContainText(`${LAST_CHART} /`);
  } finally {
    await context.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
