// Runs after every build (npm's "postbuild"), once the scripts are held until the page is read:
// puts each exported page's Content-Security-Policy into the page (a meta tag, which travels
// with the file to any host), and writes the headers files of the hosts that send headers.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { contentSecurityPolicy, routeOfHtmlFile } from '../lib/build/csp';
import { headersFile, nginxInclude, siteHeaderRules } from '../lib/build/headers';
import { inlineScripts, prependToHead } from '../lib/build/html';
import { EXPORT_DIR, prerenderedPages } from './prerendered-pages';
import { basePath } from '../lib/site/paths';

const sha256 = (script: string) => createHash('sha256').update(script, 'utf8').digest('base64');
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const pages = prerenderedPages().map((file) => {
  const html = readFileSync(path.join(EXPORT_DIR, file), 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"'))
    throw new Error(`${file} already has a policy: the build ran this step twice`);
  const scriptHashes = [...new Set(inlineScripts(html).map(sha256))];
  const policy = contentSecurityPolicy({ scriptHashes, frameable: 'meta' });
  writeFileSync(
    path.join(EXPORT_DIR, file),
    prependToHead(
      html,
      `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}"/>`,
    ),
  );
  return { route: routeOfHtmlFile(file), scriptHashes };
});

const rules = siteHeaderRules(pages, basePath);
writeFileSync(path.join(EXPORT_DIR, '_headers'), headersFile(rules));
writeFileSync(path.join(EXPORT_DIR, '_nginx.conf'), nginxInclude(rules, basePath));
console.log(
  `Content-Security-Policy put into ${pages.length} pages; headers written to ${EXPORT_DIR}/_headers (Netlify, Cloudflare Pages) and ${EXPORT_DIR}/_nginx.conf.`,
);
