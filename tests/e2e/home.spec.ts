import { expect, test } from '@playwright/test';

import datapackage from '../../data/datapackage.json' with { type: 'json' };

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
