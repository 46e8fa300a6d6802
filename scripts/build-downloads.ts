// Runs before every build (npm's "prebuild", after the data check): writes every downloadable
// file into public/downloads/ (and each translation's public/<lang>/downloads/), the words of the
// chart's sound (public/sound/words.json and each translation's), the served /datapackage.json, /robots.txt and, where the site's
// address is known, /sitemap.xml (lib/downloads/site-files.ts), so that they are static files that
// work from any static host.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { LOCALES } from '../lib/locale/locales';
import { localePath } from '../lib/site/paths';
import { siteFiles } from '../lib/downloads/site-files';
import { siteUrl } from '../lib/site/pages';

const PUBLIC = path.join(process.cwd(), 'public');

async function main() {
  const started = Date.now();
  const files = await siteFiles(siteUrl);
  // What an earlier build wrote and this one may not (a sitemap, a renamed download) goes first.
  for (const locale of LOCALES)
    for (const folder of ['/downloads', '/sound'])
      rmSync(path.join(PUBLIC, localePath(locale, folder)), { recursive: true, force: true });
  rmSync(path.join(PUBLIC, 'sitemap.xml'), { force: true });
  for (const [sitePath, content] of Object.entries(files)) {
    const file = path.join(PUBLIC, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  console.log(
    `Downloads of ${LOCALES.length} languages written to public/ in ${Date.now() - started} ms.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
