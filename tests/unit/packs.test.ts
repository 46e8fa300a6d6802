import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Ajv from 'ajv-draft-04';
import { Package } from 'datapackage';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { charts } from '@/lib/charts/registry';
import { readPackageFiles } from '@/lib/data/load-package';
import { siteSay } from '@/lib/text/chart-file';
import { siteFiles } from '@/lib/downloads/site-files';

/**
 * The files the build makes (lib/downloads/site-files.ts), made here both ways: for a site whose
 * address is known and for a build without SITE_URL. Every data package among them, the site's and
 * each classroom pack's, is read by Frictionless's own JavaScript library (datapackage), strictly:
 * its descriptor against the profile, then every resource's file, its header against the schema,
 * and every cell cast to its field's type and checked against its constraints.
 */

type Files = Record<string, string | Uint8Array>;
type Descriptor = {
  homepage?: string;
  sources: { name: string; path?: string }[];
  resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
};

const SITE = 'https://school.example/rin';
const packs = [...charts.map((chart) => chart.slug), 'repression-in-numbers'];
const packOf = (files: Files, name: string) =>
  unzipSync(files[`/downloads/packs/${name}.zip`] as Uint8Array);
const text = (bytes: Uint8Array | string) => (typeof bytes === 'string' ? bytes : strFromU8(bytes));

let withAddress: Files;
let withoutAddress: Files;
const temporary: string[] = [];

// Every language's files without the address; with it, the English only: the address reaches a
// translation's files by the same code, and making every language's twice is half this file's time.
beforeAll(async () => {
  [withAddress, withoutAddress] = await Promise.all([siteFiles(SITE, ['en']), siteFiles(null)]);
}, 120_000);

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** Lays files out in a folder of their own, as a pack unzipped or the site's root. */
function laidOut(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rin-pack-'));
  temporary.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** Reads a package with Frictionless's library, strictly, and returns each resource's row count. */
async function frictionlessRead(dir: string): Promise<Record<string, number>> {
  const pkg = await Package.load(path.join(dir, 'datapackage.json'), dir, true);
  expect(pkg.errors.map((e) => e.message)).toEqual([]);
  expect(pkg.valid).toBe(true);
  const rows: Record<string, number> = {};
  for (const resource of pkg.resources)
    rows[resource.name] = (await resource.read({ keyed: true, cast: true })).length;
  return rows;
}

const profile = JSON.parse(
  readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8'),
) as object;
const validateProfile = new Ajv({ allErrors: true, strict: false, logger: false }).compile(profile);
const records = readPackageFiles();
const rowCount = (name: string) =>
  Papa.parse(records.files[`${name}.csv`]!, { header: true, skipEmptyLines: true }).data.length;

describe.each([
  ['with the site address', () => withAddress],
  ['without the site address', () => withoutAddress],
])('the data packages %s', (_, files) => {
  it.each(packs)(
    'the %s pack lists exactly its CSV files, and Frictionless reads them',
    async (name) => {
      const zip = packOf(files(), name);
      const descriptor = JSON.parse(text(zip['datapackage.json']!)) as Descriptor;
      expect(validateProfile(descriptor), JSON.stringify(validateProfile.errors)).toBe(true);
      const csvs = Object.keys(zip).filter((file) => file.endsWith('.csv'));
      expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvs.sort());
      for (const resource of descriptor.resources)
        expect(Object.keys(zip)).toContain(resource.path);
      // A source's path resolves: a web address, or a file of the pack.
      for (const source of descriptor.sources)
        if (source.path !== undefined)
          expect(
            /^https?:\/\//.test(source.path) || zip[source.path] !== undefined,
            `${name}: source ${source.name} at ${source.path}`,
          ).toBe(true);
      const rows = await frictionlessRead(laidOut(zip));
      expect(rows).toEqual(
        Object.fromEntries(descriptor.resources.map((r) => [r.name, rowCount(r.name)])),
      );
    },
  );

  it("the site's /datapackage.json describes every dataset, and Frictionless reads them from the site's files", async () => {
    const site = files();
    const descriptor = JSON.parse(text(site['/datapackage.json']!)) as Descriptor;
    expect(validateProfile(descriptor), JSON.stringify(validateProfile.errors)).toBe(true);
    expect(descriptor.resources.map((r) => r.name).sort()).toEqual(
      Object.keys(records.files)
        .map((file) => file.replace(/\.csv$/, ''))
        .sort(),
    );
    for (const source of descriptor.sources)
      if (source.path !== undefined)
        expect(
          /^https?:\/\//.test(source.path) || site[`/${source.path}`] !== undefined,
          `source ${source.name} at ${source.path}`,
        ).toBe(true);
    const dir = laidOut(
      Object.fromEntries(Object.entries(site).map(([name, content]) => [name.slice(1), content])),
    );
    expect(Object.keys(await frictionlessRead(dir))).toHaveLength(descriptor.resources.length);
  });

  it('every CSV is UTF-8 without a byte-order mark, its header the schema fields', () => {
    const site = files();
    const descriptor = JSON.parse(text(site['/datapackage.json']!)) as Descriptor;
    for (const resource of descriptor.resources) {
      const csv = site[`/${resource.path}`] as string;
      expect(csv.charCodeAt(0), resource.path).not.toBe(0xfeff);
      const parsed = Papa.parse<Record<string, string>>(csv, {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual(resource.schema.fields.map((f) => f.name));
      expect(parsed.data).toHaveLength(rowCount(resource.name));
    }
  });
});

describe('the workbooks for spreadsheets', () => {
  it('each pack holds the Excel workbook of each of its datasets, outside the package', async () => {
    for (const name of packs) {
      const zip = packOf(withoutAddress, name);
      const descriptor = JSON.parse(text(zip['datapackage.json']!)) as Descriptor;
      const workbooks = Object.keys(zip).filter((file) => file.endsWith('.xlsx'));
      expect(workbooks.sort()).toEqual(
        descriptor.resources.map((r) => r.path.replace(/\.csv$/, '.xlsx')).sort(),
      );
      for (const resource of descriptor.resources) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(
          zip[resource.path.replace(/\.csv$/, '.xlsx')] as unknown as ExcelJS.Buffer,
        );
        expect(workbook.getWorksheet('Data')!.getRow(1).values).toEqual([
          undefined,
          ...resource.schema.fields.map((f) => f.name),
        ]);
      }
      expect(text(zip['README.txt']!)).toMatch(/\.xlsx: for spreadsheets/);
    }
  });

  // LibreOffice is the spreadsheet of school computers that have no Excel. Not every machine that
  // runs the tests has it (Debian: apt-get install libreoffice-calc-nogui), and CI does not
  // install it: there this test is skipped, and the Excel workbooks are still read back by exceljs.
  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
      return true;
    } catch {
      return false;
    }
  })();
  if (!soffice)
    console.warn('LibreOffice (soffice) is not installed: the workbooks are not opened in it.');
  it.runIf(soffice)(
    'LibreOffice opens every workbook, its first sheet the data under the schema fields',
    () => {
      const site = withoutAddress;
      const descriptor = JSON.parse(text(site['/datapackage.json']!)) as Descriptor;
      const workbooks = Object.fromEntries(
        descriptor.resources.map((r) => [
          `${r.name}.xlsx`,
          site[`/${r.path.replace(/\.csv$/, '.xlsx')}`]!,
        ]),
      );
      const dir = laidOut(workbooks);
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          path.join(dir, 'csv'),
          ...Object.keys(workbooks).map((file) => path.join(dir, file)),
        ],
        { stdio: 'ignore', timeout: 180_000 },
      );
      expect(readdirSync(path.join(dir, 'csv')).sort()).toEqual(
        descriptor.resources.map((r) => `${r.name}.csv`).sort(),
      );
      for (const resource of descriptor.resources) {
        const csv = readFileSync(path.join(dir, 'csv', `${resource.name}.csv`), 'utf8');
        const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
        expect(parsed.data[0]).toEqual(resource.schema.fields.map((f) => f.name));
        expect(parsed.data).toHaveLength(rowCount(resource.name) + 1);
      }
    },
    240_000,
  );
});

/** Every text the files hold, zips and workbooks opened (images left out), by file name. */
function texts(files: Files): [string, string][] {
  const out: [string, string][] = [];
  const visit = (name: string, content: string | Uint8Array) => {
    if (typeof content === 'string') out.push([name, content]);
    else if (/\.(zip|xlsx)$/.test(name))
      for (const [member, bytes] of Object.entries(unzipSync(content)))
        visit(`${name}!${member}`, /\.(zip|xlsx|png)$/.test(member) ? bytes : strFromU8(bytes));
  };
  for (const [name, content] of Object.entries(files)) visit(name, content);
  return out;
}

const hostsOf = (content: string) =>
  [...content.matchAll(/https?:\/\/([^/\s"'<>)\\]+)/g)].map((m) => m[1]!);

describe("the site's address in what the build makes", () => {
  it('without SITE_URL: no localhost, and no address but the sources’, the licence’s and file formats’', () => {
    const allowed = new Set([
      ...hostsOf(JSON.stringify(records.json)),
      // The namespaces of SVG, RDF, Dublin Core and the Office Open XML a workbook is made of.
      'www.w3.org',
      'purl.org',
      'schemas.openxmlformats.org',
      'schemas.microsoft.com',
    ]);
    const found = texts(withoutAddress);
    expect(found.length).toBeGreaterThan(100);
    for (const [name, content] of found) {
      expect(content, name).not.toMatch(/localhost/i);
      for (const host of hostsOf(content)) expect(allowed, `${name}: ${host}`).toContain(host);
    }
  });

  it('without SITE_URL: no sitemap, robots.txt without one, packs that say the address was not set', () => {
    expect(withoutAddress['/sitemap.xml']).toBeUndefined();
    expect(withoutAddress['/robots.txt']).toBe('User-agent: *\nAllow: /\n');
    expect(JSON.parse(text(withoutAddress['/datapackage.json']!))).not.toHaveProperty('homepage');
    for (const name of packs) {
      const readme = text(packOf(withoutAddress, name)['README.txt']!);
      expect(readme).toContain(`Online: ${siteSay('en')('readme-no-address')}`);
      expect(readme).not.toMatch(/https?:\/\/(?!creativecommons\.org)/);
    }
    const handout = text(packOf(withoutAddress, 'personnel')['handouts/personnel.html']!);
    expect(handout).toContain('No QR code');
    expect(handout).not.toContain('class="qr-code"');
  });

  it('with SITE_URL: the sitemap, robots.txt naming it, the homepage and the packs’ links', () => {
    expect(withAddress['/robots.txt']).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`,
    );
    const sitemap = text(withAddress['/sitemap.xml']!);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${SITE}/charts/personnel`);
    for (const loc of locs) expect(loc.startsWith(`${SITE}/`)).toBe(true);
    expect(JSON.parse(text(withAddress['/datapackage.json']!))).toHaveProperty('homepage', SITE);
    const readme = text(packOf(withAddress, 'personnel')['README.txt']!);
    expect(readme).toContain(`Online: ${SITE}/charts/personnel`);
    expect(readme).toContain(`Every correction, with the date: ${SITE}/corrections`);
    expect(readme).not.toContain(siteSay('en')('readme-no-address'));
    const handout = text(packOf(withAddress, 'personnel')['handouts/personnel.html']!);
    expect(handout).toContain(`${SITE}/charts/personnel`);
    expect(handout).toContain('class="qr-code"');
    expect(handout).not.toContain('No QR code');
    for (const [name, content] of texts(withAddress))
      expect(content, name).not.toMatch(/localhost/i);
  });
});
