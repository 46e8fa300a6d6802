import type { KnipConfig } from 'knip';

/** `npm run knip` (part of `npm test`): unused files, exports and dependencies fail the tests. */
const config: KnipConfig = {
  entry: ['scripts/*.{ts,mjs}', 'chromium.ts'],
  project: ['**/*.{ts,tsx,mjs}'],
  // Its font files are read from disk (lib/downloads/chart-image.ts), never imported.
  ignoreDependencies: ['dejavu-fonts-ttf'],
  // The machine's Java, which runs the Nu HTML Checker (scripts/check-html.ts): not an npm package.
  ignoreBinaries: ['java'],
};

export default config;
