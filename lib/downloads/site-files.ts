import { readFileSync } from 'node:fs';
import path from 'node:path';

import { chartPageData } from '@/lib/charts/chart-page';
import { charts } from '@/lib/charts/registry';
import { readSoundWords, siteSay } from '@/lib/text/chart-file';
import { chartCitations } from '@/lib/text/cite';
import { loadReleases } from '@/lib/data/corrections';
import { loadPackage } from '@/lib/data/load-package';
import { LOCALES } from '@/lib/locale/locales';
import { localizedPackage, localizedReleases } from '@/lib/text/localized-package';
import type { ResourceName } from '@/lib/data/records';
import {
  FAVICON_ICO,
  FAVICON_PNG,
  FAVICON_PNG_SIZE,
  FAVICON_SVG,
  faviconSvg,
} from '@/lib/site/favicon';
import { handoutFile, standaloneHandout } from '@/lib/handout/standalone';
import { chartPath, soundWordsPath } from '@/lib/site/paths';
import { loadDeck } from '@/lib/present/load-deck';
import { robotsTxt, sitePaths, sitemapXml } from '@/lib/site/pages';
import { plainText } from '@/lib/text/inline';
import { loadChartText } from '@/lib/text/load-text';

import { chartImages } from './chart-image';
import { toCsv } from './csv';
import { exportTable } from './export-table';
import { faviconPng, icoOf } from './favicon';
import { PACKAGE_FILE, allPack, chartFile, dataFile, packFile } from './files';
import { packReadme, type PackReadme } from './pack-readme';
import { servedPackage, type PackScope } from './served-package';
import { toXlsx } from './xlsx';
import { zipFiles } from './zip';

type SiteFiles = Record<string, string | Uint8Array>;

/**
 * Every file the build makes for public/, by its address on the site: the site's icon,
 * /robots.txt, /datapackage.json and, where the site's address is known (null: a build without
 * SITE_URL, which names no address of its own), /sitemap.xml; then each language's downloads
 * (the build's: every language; a test may ask for fewer).
 */
export async function siteFiles(
  siteUrl: string | null,
  locales: readonly string[] = LOCALES,
): Promise<SiteFiles> {
  const { descriptor } = loadPackage();
  const out: SiteFiles = {};
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
          loadDeck('en').length,
        ),
        LOCALES,
      ),
    );
  write(PACKAGE_FILE, packageJson(descriptor, siteUrl));
  for (const locale of locales) Object.assign(out, await languageFiles(locale, siteUrl));
  return out;
}

/** The package as served, for the whole site or one chart's pack. */
const packageJson = (
  descriptor: Parameters<typeof servedPackage>[0],
  siteUrl: string | null,
  scope?: PackScope,
) => JSON.stringify(servedPackage(descriptor, siteUrl, scope), null, 2) + '\n';

/**
 * One language's downloads, under its folder (lib/downloads/files.ts): each dataset as CSV (the
 * same in every language), JSON and an Excel workbook (their words in the language), each chart
 * as PNG and SVG, a classroom pack per chart and one with everything. A pack's files have the
 * same names inside in every language.
 */
async function languageFiles(locale: string, siteUrl: string | null): Promise<SiteFiles> {
  const canonical = loadPackage();
  const pkg = localizedPackage(canonical, locale);
  const say = siteSay(locale);
  const { descriptor } = pkg;
  const releases = localizedReleases(loadReleases(), locale);
  const sources = new Map(descriptor.sources.map((s) => [s.name, s]));
  const stylesheet = readFileSync(path.join(process.cwd(), 'app', 'globals.css'), 'utf8');
  const out: SiteFiles = {};
  const write = (sitePath: string, content: string | Uint8Array) => {
    out[sitePath] = content;
  };

  // The words of the chart's sound, fetched only when a reader asks to listen.
  write(soundWordsPath(locale), JSON.stringify(readSoundWords(locale)));

  // Data: each resource as CSV, JSON and an Excel workbook.
  const csvFiles: Record<string, string> = {};
  const xlsxFiles: Record<string, Uint8Array> = {};
  for (const resource of descriptor.resources) {
    const records = canonical.records[resource.name as ResourceName].map(
      ({ line: _line, ...record }) => record,
    );
    const table = exportTable(say, resource, records);
    const resourceSources = resource.sourceNames.flatMap((name) => sources.get(name) ?? []);
    const url = siteUrl && `${siteUrl}${dataFile(resource.name, 'csv', locale)}`;
    const citation = say('dataset-citation', {
      author: say('cite-author'),
      year: descriptor.created.slice(0, 4),
      title: resource.title,
      version: descriptor.version,
      linked: url ? 'yes' : 'no',
      url: url ?? '',
    });
    csvFiles[resource.name] = toCsv(table.header, table.rows);
    write(dataFile(resource.name, 'csv', locale), csvFiles[resource.name]!);
    write(
      dataFile(resource.name, 'json', locale),
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
    write(dataFile(resource.name, 'xlsx', locale), xlsxFiles[resource.name]!);
  }
  const served = packageJson(canonical.descriptor, siteUrl);
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
    const chart = definition.build(canonical, locale);
    const heading = definition.heading(locale);
    const url = siteUrl && `${siteUrl}${chartPath(definition.slug, locale)}`;
    const { png, svg } = chartImages(say, chart.scenes.wide, url);
    write(chartFile(definition.slug, 'png', locale), png);
    write(chartFile(definition.slug, 'svg', locale), svg);

    const text = loadChartText(definition.slug, locale);
    const resources = descriptor.resources.filter(
      (r) =>
        definition.datasets.includes(r.name) ||
        (r.partOf && definition.datasets.includes(r.partOf)),
    );
    const files: Record<string, string | Uint8Array> = {
      'datapackage.json': packageJson(canonical.descriptor, siteUrl, {
        slug: definition.slug,
        title: heading.title,
        resources: resources.map((r) => r.name),
      }),
      [chartFile(definition.slug, 'png').slice(1)]: png,
      [chartFile(definition.slug, 'svg').slice(1)]: svg,
      [handoutFile(definition.slug)]: standaloneHandout(
        chartPageData(definition.slug, locale, siteUrl)!,
        stylesheet,
      ),
      ...Object.assign({}, ...resources.map((r) => dataFiles(r.name))),
    };
    const readme: PackReadme = {
      slug: definition.slug,
      title: heading.title,
      summary: heading.summary,
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
        title: heading.title,
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
      packFile(definition.slug, locale),
      zipFiles({
        ...files,
        'README.txt': packReadme(say, [readme], heading.title, releases, siteUrl),
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
  write(allPack(locale), zipFiles({ ...allFiles, 'README.txt': allReadme }));
  return out;
}
