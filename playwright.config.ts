import { defineConfig, devices } from '@playwright/test';

import { chromiumLaunchOptions } from './chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production server (`npm start`'s) over the export that `npm run test:e2e` has just made.
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve-static.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    env: { NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1' },
    timeout: 60_000,
  },
});
