import { readFileSync } from 'node:fs';
import path from 'node:path';

import { chartPageData } from '@/lib/charts/chart-page';
import { charts } from '@/lib/charts/registry';
import { siteSay } from '@/lib/text/chart-file';
import { chartCitations } from '@/lib/text/cite';
import { loadReleases } from '@/lib/data/corrections';
import { loadPackage } from '@/lib/data/load-package';
import type { ResourceName } from '@/lib/data/records';
import {
  FAVICON_ICO,
  FAVICON_PNG,
  FAVICON_PNG_SIZE,
  FAVICON_SVG,
  faviconSvg,
} from '@/lib/site/favicon';
import { handoutFile, standaloneHandout } from '@/lib/handout/standalone';
import { chartPath } from '@/lib/site/paths';
import { loadDeck } from '@/lib/present/load-deck';
import { robotsTxt, sitePaths, sitemapXml } from '@/lib/site/pages';
import { plainText } from '@/lib/text/inline';
import { loadChartText } from '@/lib/text/load-text';

import { chartPng, chartStandaloneSvg } from './chart-image';
import { toCsv } from './csv';
import { exportTable } from './export-table';
import { faviconPng, icoOf } from './favicon';
import { ALL_PACK, chartFile, dataFile, packFile } from './files';
import { packReadme, type PackReadme } from './pack-readme';
import { servedPackage, type PackScope } from './served-package';
import { toXlsx } from './xlsx';
import { zipFiles } from './zip';

/**
 * Every file the build makes for public/, by its address on the site: each dataset as CSV, JSON
 * and an Excel workbook, each chart as PNG and SVG, a classroom pack per chart and one with
 * everything, /datapackage.json, the site's icon, /robots.txt and, where the site's address is known (null: a build
 * without SITE_URL, which names no address of its own), /sitemap.xml.
 */
export async function siteFiles(
  siteUrl: string | null,
): Promise<Record<string, string | Uint8Array>> {
  const pkg = loadPackage();
  const say = siteSay('en');
  const { descriptor } = pkg;
  const releases = loadReleases();
  const sources = new Map(descriptor.sources.map((s) => [s.name, s]));
  const stylesheet = readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
  const out: Record<string, string | Uint8Array> = {};
  const write = (sitePath: string, content: string | Uint8Array) => {
    out[sitePath] = content;
  };
  // The site's icon, drawn from one SVG: the SVG itself, a 32 px PNG, and /favicon.ico.
  const png = faviconPng();
  write(FAVICON_SVG, faviconSvg());
  write(FAVICON_PNG, png);
  write(FAVICON_ICO, icoOf(png, FAVICON_PNG_SIZE));
  // The site's files for crawlers: a sitemap's addresses are absolute, so there is one only where
  // the build knows the site's address.
  write('/robots.txt', robotsTxt(siteUrl));
  if (siteUrl)
    write(
      '/sitemap.xml',
      sitemapXml(
        siteUrl,
        sitePaths(
          charts.map((chart) => chart.slug),
          loadDeck().length,
        ),
      ),
    );

  // Data: each resource as CSV, JSON and an Excel workbook.
  const csvFiles: Record<string, string> = {};
  const xlsxFiles: Record<string, Uint8Array> = {};
  for (const resource of descriptor.resources) {
    const records = pkg.records[resource.name as ResourceName].map(
      ({ line: _line, ...record }) => record,
    );
    const table = exportTable(say, resource, records);
    const resourceSources = resource.sourceNames.flatMap((name) => sources.get(name) ?? []);
    const url = siteUrl && `${siteUrl}${dataFile(resource.name, 'csv')}`;
    const citation = say('dataset-citation', {
      author: say('cite-author'),
      year: descriptor.created.slice(0, 4),
      title: resource.title,
      version: descriptor.version,
      linked: url ? 'yes' : 'no',
      url: url ?? '',
    });
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
          licence: say('dataset-licence'),
          citation,
          sources: resourceSources.map((s) => s.citation),
          unknowns: say('dataset-unknowns'),
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
    xlsxFiles[resource.name] = await toXlsx(say, table, {
      resource,
      sources: resourceSources,
      licence: say('dataset-licence-noted', { note: descriptor.licenseNote }),
      citation,
      url,
    });
    write(dataFile(resource.name, 'xlsx'), xlsxFiles[resource.name]!);
  }
  const packageJson = (scope?: PackScope) =>
    JSON.stringify(servedPackage(descriptor, siteUrl, scope), null, 2) + '\n';
  const served = packageJson();
  write('/datapackage.json', served);
  // A dataset in a pack: its CSV (a resource of the pack's package) and its workbook (not one).
  const dataFiles = (name: string) => ({
    [dataFile(name, 'csv').slice(1)]: csvFiles[name]!,
    [dataFile(name, 'xlsx').slice(1)]: xlsxFiles[name]!,
  });

  // Charts: PNG and SVG, and a classroom pack each; then one pack with everything.
  const packs: PackReadme[] = [];
  const allFiles: Record<string, string | Uint8Array> = { 'datapackage.json': served };
  for (const name of Object.keys(csvFiles)) Object.assign(allFiles, dataFiles(name));
  for (const definition of charts) {
    const chart = definition.build(pkg, 'en');
    const url = siteUrl && `${siteUrl}${chartPath(definition.slug)}`;
    const png = chartPng(chart.scenes.wide);
    const svg = chartStandaloneSvg(say, chart.scenes.wide, url);
    write(chartFile(definition.slug, 'png'), png);
    write(chartFile(definition.slug, 'svg'), svg);

    const text = loadChartText(definition.slug, 'en');
    const resources = descriptor.resources.filter(
      (r) =>
        definition.datasets.includes(r.name) ||
        (r.partOf && definition.datasets.includes(r.partOf)),
    );
    const files: Record<string, string | Uint8Array> = {
      'datapackage.json': packageJson({
        slug: definition.slug,
        title: definition.title,
        resources: resources.map((r) => r.name),
      }),
      [chartFile(definition.slug, 'png').slice(1)]: png,
      [chartFile(definition.slug, 'svg').slice(1)]: svg,
      [handoutFile(definition.slug)]: standaloneHandout(
        chartPageData(definition.slug, siteUrl)!,
        stylesheet,
      ),
      ...Object.assign({}, ...resources.map((r) => dataFiles(r.name))),
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
      citation: chartCitations(say, {
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
        'README.txt': packReadme(say, [readme], definition.title, releases, siteUrl),
      }),
    );
    const { 'datapackage.json': _own, ...rest } = files;
    Object.assign(allFiles, rest);
  }
  const allReadme = packReadme(
    say,
    packs.map((p) => ({ ...p, files: [...Object.keys(allFiles), 'README.txt'] })),
    say('readme-all-title'),
    releases,
    siteUrl,
  );
  write(ALL_PACK, zipFiles({ ...allFiles, 'README.txt': allReadme }));
  return out;
}
