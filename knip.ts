import type { KnipConfig } from 'knip';

/** `npm run knip` (part of `npm test`): unused files, exports and dependencies fail the tests. */
const config: KnipConfig = {
  entry: ['scripts/*.{ts,mjs}', 'chromium.ts'],
  project: ['**/*.{ts,tsx,mjs}'],
  // Its font files are read from disk (lib/downloads/chart-image.ts), never imported.
  ignoreDependencies: ['dejavu-fonts-ttf'],
  // LibreOffice, where the machine has it: tests/unit/packs.test.ts opens the workbooks in it.
  ignoreBinaries: ['soffice'],
};

export default config;
