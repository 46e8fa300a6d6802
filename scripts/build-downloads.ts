// Runs before every build (npm's "prebuild", after the data check): writes every downloadable
// file into public/downloads/ and the served /datapackage.json, so that downloads are static
// files that work without JavaScript and from any static host.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { chartPageData } from '../lib/charts/chart-page';
import { charts } from '../lib/charts/registry';
import { chartCitations } from '../lib/cite';
import { loadReleases } from '../lib/data/corrections';
import { loadPackage } from '../lib/data/load-package';
import type { ResourceName } from '../lib/data/records';
import { chartPng, chartStandaloneSvg } from '../lib/downloads/chart-image';
import { toCsv } from '../lib/downloads/csv';
import { exportTable } from '../lib/downloads/export-table';
import { ALL_PACK, DOWNLOADS, chartFile, dataFile, packFile } from '../lib/downloads/files';
import { packReadme, type PackReadme } from '../lib/downloads/pack-readme';
import { servedPackage } from '../lib/downloads/served-package';
import { toXlsx } from '../lib/downloads/xlsx';
import { zipFiles } from '../lib/downloads/zip';
import { faviconPng, icoOf } from '../lib/downloads/favicon';
import {
  FAVICON_ICO,
  FAVICON_PNG,
  FAVICON_PNG_SIZE,
  FAVICON_SVG,
  faviconSvg,
} from '../lib/favicon';
import { handoutFile, standaloneHandout } from '../lib/handout/standalone';
import { siteUrl } from '../lib/site';
import { plainText } from '../lib/text/inline';
import { loadChartText } from '../lib/text/load-text';
import { chartPath } from '../lib/paths';

const PUBLIC = path.join(process.cwd(), 'public');
const write = (sitePath: string, content: string | Uint8Array) => {
  const file = path.join(PUBLIC, sitePath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};

async function main() {
  const started = Date.now();
  const pkg = loadPackage();
  const { descriptor } = pkg;
  const releases = loadReleases();
  const sources = new Map(descriptor.sources.map((s) => [s.name, s]));
  const stylesheet = readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
  rmSync(path.join(PUBLIC, DOWNLOADS), { recursive: true, force: true });

  // Data: each resource as CSV, JSON and an Excel workbook.
  const csvFiles: Record<string, string> = {};
  for (const resource of descriptor.resources) {
    const records = pkg.records[resource.name as ResourceName].map(
      ({ line: _line, ...record }) => record,
    );
    const table = exportTable(resource, records);
    const resourceSources = resource.sourceNames.flatMap((name) => sources.get(name) ?? []);
    const url = `${siteUrl}${dataFile(resource.name, 'csv')}`;
    const citation = `Repression in Numbers contributors (${descriptor.created.slice(0, 4)}). ${resource.title} [Dataset, version ${descriptor.version}]. ${url}`;
    csvFiles[resource.name] = toCsv(table.header, table.rows);
    write(dataFile(resource.name, 'csv'), csvFiles[resource.name]!);
    write(
      dataFile(resource.name, 'json'),
      JSON.stringify(
        {
          name: resource.name,
          title: resource.title,
          description: resource.description,
          period: resource.period,
          licence: 'CC BY 4.0',
          citation,
          sources: resourceSources.map((s) => s.citation),
          unknowns:
            'A figure the source does not give is {"status": "unknown"} (printed "?") or {"status": "not-given"} (printed blank).',
          fields: resource.schema.fields.map(({ name, title, type, unit, description }) => ({
            name,
            title,
            type,
            unit,
            description,
          })),
          records,
        },
        null,
        2,
      ) + '\n',
    );
    write(
      dataFile(resource.name, 'xlsx'),
      await toXlsx(table, {
        resource,
        sources: resourceSources,
        licence: `CC BY 4.0. ${descriptor.licenseNote}`,
        citation,
        url,
      }),
    );
  }
  const served = JSON.stringify(servedPackage(descriptor, siteUrl), null, 2) + '\n';
  write('/datapackage.json', served);

  // Charts: PNG and SVG, and a classroom pack each; then one pack with everything.
  const packs: PackReadme[] = [];
  const allFiles: Record<string, string | Uint8Array> = { 'datapackage.json': served };
  for (const [name, csv] of Object.entries(csvFiles))
    allFiles[dataFile(name, 'csv').slice(1)] = csv;
  for (const definition of charts) {
    const chart = definition.build(pkg);
    const url = `${siteUrl}${chartPath(definition.slug)}`;
    const png = chartPng(chart.scenes.wide);
    const svg = chartStandaloneSvg(chart.scenes.wide, url);
    write(chartFile(definition.slug, 'png'), png);
    write(chartFile(definition.slug, 'svg'), svg);

    const text = loadChartText(definition.slug);
    const resources = descriptor.resources.filter(
      (r) =>
        definition.datasets.includes(r.name) ||
        (r.partOf && definition.datasets.includes(r.partOf)),
    );
    const files: Record<string, string | Uint8Array> = {
      'datapackage.json': served,
      [chartFile(definition.slug, 'png').slice(1)]: png,
      [chartFile(definition.slug, 'svg').slice(1)]: svg,
      [handoutFile(definition.slug)]: standaloneHandout(
        chartPageData(definition.slug)!,
        stylesheet,
      ),
      ...Object.fromEntries(
        resources.map((r) => [dataFile(r.name, 'csv').slice(1), csvFiles[r.name]!]),
      ),
    };
    const readme: PackReadme = {
      slug: definition.slug,
      title: definition.title,
      summary: definition.summary,
      altText: chart.scenes.wide.description,
      explanation: text.blocks
        .flatMap((block) =>
          block.type === 'paragraph'
            ? [plainText(block.content)]
            : block.type === 'heading'
              ? [`\n${block.text}`]
              : [],
        )
        .join('\n'),
      sources: chart.sourceNames.flatMap((name) => sources.get(name) ?? []),
      citation: chartCitations({
        title: definition.title,
        url,
        year: descriptor.created.slice(0, 4),
        version: descriptor.version,
        slug: definition.slug,
      }).apa,
      url,
      files: [...Object.keys(files), 'README.txt'],
    };
    packs.push(readme);
    write(
      packFile(definition.slug),
      zipFiles({
        ...files,
        'README.txt': packReadme([readme], definition.title, releases, siteUrl),
      }),
    );
    Object.assign(allFiles, files);
  }
  const allReadme = packReadme(
    packs.map((p) => ({ ...p, files: [...Object.keys(allFiles), 'README.txt'] })),
    'Repression in Numbers: every chart and dataset',
    releases,
    siteUrl,
  );
  write(ALL_PACK, zipFiles({ ...allFiles, 'README.txt': allReadme }));
  // The site's icon, drawn from one SVG: the SVG itself, a 32 px PNG, and /favicon.ico.
  const png = faviconPng();
  write(FAVICON_SVG, faviconSvg());
  write(FAVICON_PNG, png);
  write(FAVICON_ICO, icoOf(png, FAVICON_PNG_SIZE));
  console.log(`Downloads written to public${DOWNLOADS} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
