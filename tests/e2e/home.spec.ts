import { expect, test } from '@playwright/test';

import datapackage from '../../data/datapackage.json' with { type: 'json' };
import { charts } from '../../lib/charts/registry';
import { storyOrder } from '../../lib/charts/story-order';
import { loadPackage } from '../../lib/data/load-package';

const topLevel = datapackage.resources.filter((r) => !('partOf' in r));

test('the home page lists every dataset of the data package with its period and source', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Repression in Numbers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Soviet secret police in numbers, 1917–1941',
  );

  const cards = page.locator('.dataset-card');
  await expect(cards).toHaveCount(topLevel.length);
  for (const resource of topLevel) {
    const card = page.locator(`[data-dataset="${resource.name}"]`);
    await expect(card.getByRole('heading')).toHaveText(resource.title);
    await expect(card).toContainText(resource.description);
    await expect(card).toContainText(`Period${resource.period}`);
  }
  await expect(page.locator('[data-dataset="cheka-personnel"]')).toContainText(
    '“The Great Terror”, lecture notes',
  );
});

test('the home page tells the story in order: each chart a card with its picture and a headline figure', async ({
  page,
}) => {
  const pkg = loadPackage();
  const story = storyOrder(charts, pkg.descriptor);
  await page.goto('/');
  const cards = page.locator('.chart-card');
  await expect(cards).toHaveCount(charts.length);
  const slugs = await cards.evaluateAll((items) => items.map((i) => i.getAttribute('data-chart')));
  expect(slugs).toEqual(story.map((chart) => chart.slug));
  for (const [index, card] of (await cards.all()).entries()) {
    await expect(card.locator('svg.chart-thumbnail')).toBeVisible();
    await expect(card.locator('svg.chart-thumbnail')).toHaveAttribute('aria-hidden', 'true');
    const { figure } = story[index]!.build(pkg, 'en').headline;
    expect(figure).toMatch(/\d/);
    await expect(card.locator('.headline strong')).toHaveText(figure);
  }
  const ids = await page.locator('[id]').evaluateAll((items) => items.map((i) => i.id));
  expect(new Set(ids).size).toBe(ids.length);
});

for (const [width, height] of [
  [1280, 800],
  [1024, 768],
  [375, 812],
] as const) {
  test(`at ${width}×${height} each card's picture shows its chart's own words, legible (at least 11 px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    for (const picture of await page.locator('.chart-card svg.chart-thumbnail').all()) {
      const sizes = await picture.evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const box = text.getBoundingClientRect();
            return box.top >= frame.top && box.bottom <= frame.bottom && box.width > 0;
          })
          .map((text) => Number(text.getAttribute('font-size')) * scale);
      });
      expect(sizes.length, 'words inside the picture').toBeGreaterThanOrEqual(3);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    }
  });
}

test('every kind of page links the site’s icon, and loading it asks for nothing that is missing', async ({
  page,
  request,
}) => {
  for (const path of [
    '/',
    '/charts/gulag',
    '/charts/gulag/handout',
    '/embed/gulag',
    '/present',
    '/present/2',
  ]) {
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    const icons = await page
      .locator('link[rel~="icon"]')
      .evaluateAll((links) =>
        links.map((link) => [link.getAttribute('type'), (link as HTMLLinkElement).href]),
      );
    expect(
      icons.map(([type]) => type),
      path,
    ).toEqual(['image/svg+xml', 'image/png']);
    for (const [type, href] of icons) {
      const response = await request.get(href!);
      expect(response.status(), href!).toBe(200);
      expect(response.headers()['content-type'], href!).toContain(type!);
    }
    expect(missing, path).toEqual([]);
    page.removeAllListeners('response');
  }
  // What a browser or a tool that reads no link asks for.
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await ico.body()).readUInt16LE(2)).toBe(1);
});
