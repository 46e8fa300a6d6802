import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';

import { expect, test, type Browser } from '@playwright/test';

import { charts } from '@/lib/charts/registry';
import { loadDeck } from '@/lib/present/load-deck';

import { freshClone } from './fresh-clone';
import { githubPagesHost } from './github-pages-host';

const PORT = 3230;
const PAGES_PORT = 3231;
// A registered chart and the deck's last chart slide, which an offline reader has not visited.
const SLUG = charts[0]!.slug;
const LAST_CHART = loadDeck('en').findLastIndex((slide) => slide.kind === 'chart') + 1;
const FOLDER = '/some/folder';
const origin = (port: number) => `http://127.0.0.1:${port}`;
/** A page's address as the browser shows it: GitHub Pages adds a slash where a folder of the
 * page's name exists, other hosts do not. */
const at = (site: string, page: string) =>
  new RegExp(`^${(site + page).replace(/[.?]/g, '\\$&')}/?$`);

test('built for a folder of its host, the site works there and on GitHub Pages: pages, links, downloads, embeds, the deck offline', async ({
  browser,
}) => {
  // A whole build on two cores: about a minute and a half; then two walks.
  test.setTimeout(360_000);
  const dir = freshClone();
  const env = {
    ...process.env,
    SITE_URL: `${origin(PORT)}${FOLDER}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // What this test looks at is addresses; the main build's tests check the compressed copies.
    PRECOMPRESS: 'off',
  };
  execFileSync('npm', ['run', 'build'], { cwd: dir, env, stdio: 'ignore' });
  const server = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/serve-static.ts', '--port', String(PORT)],
    { cwd: dir, env: { ...process.env, HOST: '127.0.0.1' }, stdio: 'ignore' },
  );
  let pagesHost: Server | undefined;
  try {
    await walk(browser, origin(PORT), 200);
    server.kill();
    // The same build readied for GitHub Pages (as `npm run build:github-pages` does), on a host
    // that resolves addresses as Pages does and sends no headers.
    execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/github-pages.ts'], {
      cwd: dir,
      stdio: 'ignore',
    });
    expect(existsSync(path.join(dir, 'out', '.nojekyll'))).toBe(true);
    expect(existsSync(path.join(dir, 'out', '_headers'))).toBe(false);
    pagesHost = githubPagesHost(path.join(dir, 'out'), FOLDER).listen(PAGES_PORT, '127.0.0.1');
    await walk(browser, origin(PAGES_PORT), 301);
  } finally {
    server.kill();
    pagesHost?.close();
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

/** `pageStatus`: how the host answers a page's own address (GitHub Pages: with a redirect). */
async function walk(browser: Browser, host: string, pageStatus: number) {
  const site = `${host}${FOLDER}`;
  const context = await browser.newContext({ baseURL: host });
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
    await expect(page).toHaveURL(at(site, `/charts/${SLUG}`));
    await expect(page.locator('.chart-wide svg [data-mark]').first()).toBeVisible();
    // Loaded by its address, as a shared link is: on GitHub Pages through a redirect.
    expect((await page.request.get(`${FOLDER}/charts/${SLUG}`, { maxRedirects: 0 })).status()).toBe(
      pageStatus,
    );
    await page.goto(`${FOLDER}/charts/${SLUG}`);
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
      `${origin(PORT)}${FOLDER}/charts/${SLUG}`,
    );
    // With its address the chart can be shared with a class: plain links, nothing loaded till clicked.
    const chartAddress = encodeURIComponent(`${origin(PORT)}${FOLDER}/charts/${SLUG}`);
    await expect(page.getByRole('link', { name: 'Google Classroom' })).toHaveAttribute(
      'href',
      new RegExp(`^https://classroom\\.google\\.com/share\\?url=${chartAddress}&title=`),
    );
    await expect(page.getByRole('link', { name: 'Microsoft Teams' })).toHaveAttribute(
      'href',
      new RegExp(`^https://teams\\.microsoft\\.com/share\\?href=${chartAddress}&msgText=`),
    );
    await page.getByRole('link', { name: 'Student handout' }).click();
    await expect(page).toHaveURL(at(site, `/charts/${SLUG}/handout`));
    await expect(page.locator('h1')).toBeVisible();

    await page.goto(`${FOLDER}/embed/${SLUG}`);
    await expect(page.locator('svg.chart-svg [data-mark]').first()).toBeVisible();

    // A page in a translation: its language, its alternates and its language switch within the
    // folder, and its handout's code opening the chart in the handout's language.
    await page.goto(`${FOLDER}/ru/charts/${SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    for (const [language, address] of [
      ['en', `/charts/${SLUG}`],
      ['sv', `/sv/charts/${SLUG}`],
      ['uk', `/uk/charts/${SLUG}`],
    ])
      await expect(
        page.locator(`head link[rel="alternate"][hreflang="${language}"]`),
      ).toHaveAttribute('href', `${origin(PORT)}${FOLDER}${address}`);
    await page.locator('nav.language-switch a[hreflang="uk"]').click();
    await expect(page).toHaveURL(at(site, `/uk/charts/${SLUG}`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await page.goto(`${FOLDER}/ru/charts/${SLUG}/handout`);
    await expect(page.locator('.qr-code')).toHaveAttribute(
      'aria-label',
      new RegExp(`${origin(PORT)}${FOLDER}/ru/charts/${SLUG}(?![/\\w-])`.replace(/[.]/g, '\\.')),
    );

    // The deck: saved for offline use within the folder, and moving without a reload offline.
    await page.goto(`${FOLDER}/present/2`);
    await expect(page.locator('.deck-offline')).toHaveText('Saved: works offline', {
      timeout: 30_000,
    });
    // The presenter view, opened online, fetches the slides it draws: on GitHub Pages through a
    // redirect, whose answer the deck's worker keeps in a form a page load may use.
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    const presenterSlide = presenter.frameLocator('.presenter-now iframe').locator('.deck-counter');
    await expect(presenterSlide).toContainText('2 /');
    await context.setOffline(true);
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
    await page.keyboard.type(String(LAST_CHART));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(at(site, `/present/${LAST_CHART}`));
    await expect(page.locator('.deck-counter')).toContainText(`${LAST_CHART} /`);
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    await expect(presenterSlide).toContainText(`${LAST_CHART} /`);
    // Slides loaded offline by either of their addresses, the one the presenter drew among them.
    for (const address of ['/present/2', `/present/${LAST_CHART}/`]) {
      await page.goto(`${FOLDER}${address}`);
      await expect(page.locator('.deck-counter'), address).toContainText(
        `${address.match(/\d+/)![0]} /`,
      );
    }
  } finally {
    await context.close();
  }
}
