import type { KnipConfig } from 'knip';

/** `npm run knip` (part of `npm test`): unused files, exports and dependencies fail the tests. */
const config: KnipConfig = {
  entry: ['scripts/*.{ts,mjs}', 'chromium.ts'],
  project: ['**/*.{ts,tsx,mjs}'],
  // Its font files are read from disk (lib/downloads/chart-image.ts), never imported.
  ignoreDependencies: ['dejavu-fonts-ttf'],
  // Programs of the machine, not npm packages: LibreOffice, which tests/unit/packs.test.ts opens
  // the workbooks in where the machine has it, and Java, which runs the Nu HTML Checker
  // (scripts/check-html.ts).
  ignoreBinaries: ['soffice', 'java'],
};

export default config;
