import { expect, test } from '@playwright/test';
import { charts as registered } from '@/lib/charts/registry';

const charts = registered.map((chart) => chart.slug);

for (const slug of charts) {
  test(`/charts/${slug} prints as a handout without navigation, its chart whole on one page`, async ({
    page,
  }) => {
    await page.goto(`/charts/${slug}`);
    await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-nav',
      '.view-switch',
      '.page-nav',
      '.share-panel',
      '.explore',
      '.print-button',
      '.copy',
    ]) {
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    }
    await expect(page.locator('.chart-figure')).toHaveCSS('break-inside', 'avoid');
    await expect(page.locator('.chart-wide svg')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
    await expect(page.locator('pre[data-citation="apa"]')).toBeVisible();

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages, 'pages in the PDF').toBeGreaterThanOrEqual(2);
    // The full print is the teacher's copy, with every panel: a dozen pages at most.
    expect(pages, 'pages in the PDF').toBeLessThanOrEqual(12);
  });
}
