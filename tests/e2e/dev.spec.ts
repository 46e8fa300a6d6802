import { spawn } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { freshClone } from './builds/fresh-clone';
import { waitForHydration } from './hydration';

const PORT = 3210;

test('npm run dev works on a fresh clone: it makes the downloads, then serves a chart page whose scripts run', async ({
  page,
}) => {
  // The first request compiles the page: about 10 s on two cores, more on a busy machine.
  test.setTimeout(240_000);
  const dir = freshClone();
  const server = spawn('npm', ['run', 'dev', '--', '--port', String(PORT), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'development' },
    detached: true,
    stdio: 'ignore',
  });
  try {
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`http://127.0.0.1:${PORT}/charts/personnel`)).status;
          } catch {
            return 0;
          }
        },
        { timeout: 180_000, intervals: [1000] },
      )
      .toBe(200);
    expect(readdirSync(path.join(dir, 'public', 'downloads', 'charts'))).toContain('personnel.png');
    await page.goto(`http://127.0.0.1:${PORT}/charts/personnel`);
    await expect(page.locator('.chart-wide svg.chart-svg [data-mark]').first()).toBeVisible();
    // The development policy lets Next.js's development runtime run: React takes the page over.
    await waitForHydration(page);
  } finally {
    // npm exits before Next's workers, which may still write their cache: wait for the whole
    // process group to go (signal 0 only asks whether it is there), and then remove the clone.
    const signal = (name: NodeJS.Signals | 0) => {
      try {
        process.kill(-server.pid!, name);
        return true;
      } catch {
        // Already gone: the server failed to start, and the failure above says why.
        return false;
      }
    };
    signal('SIGTERM');
    const groupAlive = () => signal(0);
    for (let waited = 0; groupAlive() && waited < 10_000; waited += 200)
      await new Promise((resolve) => setTimeout(resolve, 200));
    if (groupAlive()) signal('SIGKILL');
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
