import { expect, test } from '@playwright/test';

import { waitForHydration } from './hydration';
import { embedPages, sitePages } from './walk';
import { policyViolations } from './watch';

test('every page is served with the security headers and a strict script policy', async ({
  request,
}) => {
  for (const path of [...sitePages, ...embedPages, '/no-such-page']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(csp, path).not.toContain('unsafe-eval');
    expect(csp, path).toContain(
      path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'",
    );
    if (!path.startsWith('/embed/')) expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

// The site walk (site-walk.spec.ts) sees that no page breaks its policy as it opens; here, the
// interactive layer under it.
test('the tooltip and the explorer work under the policy, and break none of it', async ({
  page,
}) => {
  const violations = policyViolations(page);
  await page.goto('/charts/gpu-1924');
  // Every inline script has run by then, and every script the page loads.
  await waitForHydration(page);
  await page.locator('.chart-wide [data-mark="bandits-killed"]').hover();
  await expect(page.getByTestId('chart-tooltip')).toContainText('1,858 persons');
  await page.getByRole('button', { name: 'Open the explorer' }).click();
  await expect(page.getByTestId('explorer')).toBeVisible();
  expect(violations).toEqual([]);
});

test('an inline script that is not the page’s own is refused', async ({ page }) => {
  const refused = policyViolations(page);
  await page.goto('/charts/personnel');
  // What an injected script would look like: it must not run.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  expect(refused.length).toBeGreaterThan(0);
});
