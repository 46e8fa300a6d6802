import { existsSync } from 'node:fs';

/**
 * How Chromium is launched here, for the tests and the benchmarks alike: Debian's Chromium where
 * the machine has it (Playwright cannot download its own browser on this network), Playwright's own
 * elsewhere; and no background traffic, which a closed network refuses.
 */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
