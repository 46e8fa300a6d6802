// `npx tsx scripts/payload-sizes.ts [out-dir]`: for the home page, every chart page and a slide of
// a built export, the page's size, its inline React payload and its Brotli copy, as a Markdown table
// (docs/benchmarks.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { inlinePayloadLength } from '../lib/build/inline-payload';
import { charts } from '../lib/charts/registry';
import { EXPORT_DIR } from './prerendered-pages';

const dir = process.argv[2] ?? EXPORT_DIR;
const pages = ['/index', ...charts.map((chart) => `/charts/${chart.slug}`), '/present/2'];
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

console.log('| Page | HTML | Inline payload | HTML, Brotli |\n| --- | --- | --- | --- |');
for (const page of pages) {
  const file = path.join(dir, `${page}.html`);
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const brotli = existsSync(`${file}.br`) ? kB(readFileSync(`${file}.br`).length) : '–';
  console.log(
    `| \`${page === '/index' ? '/' : page}\` | ${kB(Buffer.byteLength(html))} | ${kB(inlinePayloadLength(html))} | ${brotli} |`,
  );
}
