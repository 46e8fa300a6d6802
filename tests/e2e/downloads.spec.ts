import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';

import { DataError } from '../../lib/data/data-issue';
import { readPackageFiles } from '../../lib/data/load-package';
import type { Quantity } from '../../lib/data/quantity';
import { validatePackage } from '../../lib/data/validate-package';
import { charts as registered } from '@/lib/charts/registry';
import { pdfPages } from './pdf';

const files = readPackageFiles();
const validated = validatePackage(files.json, files.files);
if (!validated.ok) throw new DataError(validated.issues);
const pkg = validated.value;
const recordsOf = (name: string) =>
  (pkg.records as unknown as Record<string, Record<string, unknown>[]>)[name]!;
const isQuantity = (value: unknown): value is Quantity =>
  typeof value === 'object' && value !== null && 'status' in value;

/**
 * Clicks a link as a person would and returns the file the browser saved. Chromium now and then
 * starts no download for a click that follows another download closely (1 click in 21 here), as a
 * person would click again, so does this, up to three times.
 */
async function download(page: Page, href: string): Promise<{ download: Download; bytes: Buffer }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 10_000 }),
        page.locator(`a[href="${href}"]`).first().click(),
      ]);
      return { download: file, bytes: readFileSync((await file.path())!) };
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

test('every dataset downloads from /data as CSV, JSON and Excel that read back to the data', async ({
  page,
}) => {
  // Twenty-one real downloads, each opened by its parser: 10–30 s on two busy cores.
  test.setTimeout(90_000);
  await page.goto('/data');
  for (const resource of pkg.descriptor.resources) {
    const records = recordsOf(resource.name);
    const fields = resource.schema.fields.map((f) => f.name);

    const csv = (await download(page, `/downloads/data/${resource.name}.csv`)).bytes.toString(
      'utf8',
    );
    // For data tools: no byte-order mark, as the package's "encoding": "utf-8" says, so that the
    // first column's name is read clean (spreadsheets get the workbook below).
    expect(csv.charCodeAt(0), 'no byte-order mark').not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(fields);
    const rows = parsed.data;
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) => {
      const record = records[index]!;
      for (const field of fields) {
        const value = record[field];
        if (isQuantity(value)) {
          if (value.status === 'known')
            expect(Number(row[field]), `${resource.name} ${field}`).toBe(value.value);
          else {
            expect(row[field]).toBe('');
            expect(row.note).toContain(
              `${field}: ${value.status === 'unknown' ? 'unknown in source' : 'not printed in source'}`,
            );
          }
        } else if (field !== 'note') expect(row[field]).toBe(String(value));
      }
    });

    const json = JSON.parse(
      (await download(page, `/downloads/data/${resource.name}.json`)).bytes.toString('utf8'),
    ) as { records: unknown[]; fields: { unit?: string }[] };
    expect(json.records).toEqual(records.map(({ line: _line, ...record }) => record));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(page, `/downloads/data/${resource.name}.xlsx`))
        .bytes as unknown as ExcelJS.Buffer,
    );
    const sheet = workbook.getWorksheet('Data')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...fields]);
    records.forEach((record, index) => {
      fields.forEach((field, column) => {
        const cell = sheet.getRow(index + 2).getCell(column + 1);
        const value = record[field];
        if (isQuantity(value)) {
          expect(cell.value, `${resource.name} row ${index + 2} ${field}`).toBe(
            value.status === 'known' ? value.value : null,
          );
          if (value.status !== 'known') expect(String(cell.note)).toContain('in source');
        } else if (typeof value === 'number') expect(cell.value).toBe(value);
      });
    });
    expect(workbook.getWorksheet('About')!.getSheetValues().flat().join(' ')).toContain(
      'CC BY 4.0',
    );
  }
});

test('the data package and the everything-pack download from /data and hold what they list', async ({
  page,
}) => {
  await page.goto('/data');
  const served = JSON.parse((await download(page, '/datapackage.json')).bytes.toString('utf8')) as {
    resources: { path: string }[];
  };
  expect(served.resources).toHaveLength(pkg.descriptor.resources.length);

  const zip = unzipSync(
    new Uint8Array((await download(page, '/downloads/packs/repression-in-numbers.zip')).bytes),
  );
  const readme = strFromU8(zip['README.txt']!);
  const listed = [...readme.matchAll(/^- (\S+)$/gm)].map((m) => m[1]);
  expect(Object.keys(zip).sort()).toEqual([...listed].sort());
  for (const resource of served.resources) expect(Object.keys(zip)).toContain(resource.path);
});

for (const slug of registered.map((chart) => chart.slug)) {
  test(`/charts/${slug} offers its chart as PNG and SVG, its data and its classroom pack`, async ({
    page,
  }) => {
    await page.goto(`/charts/${slug}`);
    const title = await page.getByRole('heading', { level: 1 }).textContent();

    const png = (await download(page, `/downloads/charts/${slug}.png`)).bytes;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16), 'PNG width').toBe(1920);

    const svg = (await download(page, `/downloads/charts/${slug}.svg`)).bytes.toString('utf8');
    expect(svg).toContain(`<title id="chart-title">${title}</title>`);
    expect(svg).toMatch(/<desc id="chart-desc">[^<]*Sources?: [^<]*Licence: CC BY 4.0/);

    const pack = await download(page, `/downloads/packs/${slug}.zip`);
    expect(pack.download.suggestedFilename()).toBe(`${slug}.zip`);
    const zip = unzipSync(new Uint8Array(pack.bytes));
    const readme = strFromU8(zip['README.txt']!);
    expect(Object.keys(zip).sort()).toEqual(
      [...readme.matchAll(/^- (\S+)$/gm)].map((m) => m[1]).sort(),
    );
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        `downloads/charts/${slug}.png`,
        `downloads/charts/${slug}.svg`,
        `handouts/${slug}.html`,
        'datapackage.json',
      ]),
    );
    // Its data package describes the CSV files it holds, no more and no fewer; each has its
    // workbook beside it for spreadsheets.
    const described = (
      JSON.parse(strFromU8(zip['datapackage.json']!)) as { resources: { path: string }[] }
    ).resources.map((r) => r.path);
    const csvs = Object.keys(zip).filter((file) => file.endsWith('.csv'));
    expect(described.length).toBeGreaterThan(0);
    expect(described.sort()).toEqual(csvs.sort());
    for (const csv of csvs) expect(Object.keys(zip)).toContain(csv.replace(/\.csv$/, '.xlsx'));
    // This build was not given the site's address: the pack says so rather than name localhost.
    expect(readme).toContain("Online: the site's address was not set when this pack was built");
    expect(readme).not.toContain('localhost');
    // The handout in the pack opens with no network and prints on one sheet.
    const handout = await page.context().newPage();
    await handout.route('**/*', (route) => route.abort());
    await handout.setContent(strFromU8(zip[`handouts/${slug}.html`]!));
    await expect(handout.locator('.handout h1')).toHaveText(
      registered.find((chart) => chart.slug === slug)!.heading('en').title,
    );
    await expect(handout.locator('.chart-wide svg [data-mark]').first()).toBeVisible();
    await expect(handout.locator('.handout-questions > li')).not.toHaveCount(0);
    expect(
      pdfPages(await handout.pdf({ format: 'A4', printBackground: true })),
    ).toBeLessThanOrEqual(2);
    await handout.close();
    expect(readme).toContain('Alt text for the chart:');
    expect(readme).toContain('Cite as:');
  });
}

test('a file that does not exist is a 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/downloads/packs/no-such-pack.zip');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByRole('link', { name: 'Home: every chart and dataset' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the address keeps the view: table, highlighted figure, explorer settings', async ({
  page,
}) => {
  await page.goto('/charts/personnel?view=table');
  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.locator('.chart-figure')).toBeHidden();

  await page.goto('/charts/personnel?mark=military-1925');
  await expect(page.locator('.chart-wide [data-mark="military-1925"]')).toHaveClass(/is-active/);

  await page.goto('/charts/gpu-1924?measure=killed&scale=log');
  await expect(page.getByTestId('explorer')).toContainText('Killed (persons), logarithmic scale');

  await page.goto('/charts/personnel');
  await page.getByText('Table', { exact: true }).click();
  await expect(page).toHaveURL(/\?view=table$/);
});

test.describe('embedding', () => {
  let server: Server;
  let otherOrigin: string;
  test.beforeAll(async ({ baseURL }) => {
    // A page on another origin (a second localhost port) that frames the site.
    server = createServer((request, response) => {
      const path =
        new URL(request.url ?? '/', 'http://x').searchParams.get('path') ?? '/embed/personnel';
      response.setHeader('Content-Type', 'text/html');
      response.end(
        `<!doctype html><title>Host</title><iframe src="${baseURL}${path}" width="900" height="600"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('the embed page shows its chart inside an iframe on another origin', async ({ page }) => {
    await page.goto(`${otherOrigin}/?path=/embed/personnel`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('svg.chart-svg title').first()).toHaveText(
      'Secret police personnel, 1921 → 1925 (Cheka, then OGPU)',
    );
    await expect(frame.getByRole('link', { name: /Repression in Numbers/ })).toBeVisible();
  });

  test('no other page may be framed', async ({ page }) => {
    await page.goto(`${otherOrigin}/?path=/charts/personnel`);
    await page.waitForTimeout(500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    // The browser refuses to show the page and puts its own error page in the frame.
    expect(frame?.url()).toBe('chrome-error://chromewebdata/');
    await expect(frame!.getByText('Secret police personnel, 1921 → 1925')).toHaveCount(0);
  });

  test('the chart page gives the embed code to copy, at the address it is read at', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/charts/timeline');
    // Built without the site's address, the page names the chart by its place on the site, and
    // the copy puts in the address the page is read at.
    await expect(page.locator('#embed-timeline')).toContainText('<iframe src="/embed/timeline"');
    await page.getByRole('button', { name: 'Copy the embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(
        `^<iframe src="${new URL(baseURL!).origin}/embed/timeline" title="The secret police, 1917–1941: agencies, heads and events"`,
      ),
    );
  });
});

// A build with the site's address names the page's canonical address and the chart's PNG for Open
// Graph and Twitter (tests/unit/site.test.ts; tests/e2e/subpath.spec.ts builds one); this one was
// built without it, and names no address it does not know.
test('a build without the site address names no canonical, Open Graph or Twitter address', async ({
  page,
}) => {
  await page.goto('/charts/deportations');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /./);
  for (const tag of [
    'link[rel="canonical"]',
    'meta[property="og:url"]',
    'meta[property="og:image"]',
    'meta[name="twitter:image"]',
  ])
    await expect(page.locator(tag), tag).toHaveCount(0);
});
