// Runs before every build (npm's "prebuild", after the data check): writes every downloadable
// file into public/downloads/, the served /datapackage.json, /robots.txt and, where the site's
// address is known, /sitemap.xml (lib/downloads/site-files.ts), so that they are static files that
// work from any static host.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DOWNLOADS } from '../lib/downloads/files';
import { siteFiles } from '../lib/downloads/site-files';
import { siteUrl } from '../lib/site/pages';

const PUBLIC = path.join(process.cwd(), 'public');

async function main() {
  const started = Date.now();
  const files = await siteFiles(siteUrl);
  // What an earlier build wrote and this one may not (a sitemap, a renamed download) goes first.
  rmSync(path.join(PUBLIC, DOWNLOADS), { recursive: true, force: true });
  rmSync(path.join(PUBLIC, 'sitemap.xml'), { force: true });
  for (const [sitePath, content] of Object.entries(files)) {
    const file = path.join(PUBLIC, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(`Downloads written to public${DOWNLOADS} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
