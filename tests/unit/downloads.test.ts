import { readFileSync } from 'node:fs';

import Ajv from 'ajv-draft-04';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { siteSay } from '@/lib/text/chart-file';
import { chartCitations } from '@/lib/text/cite';
import { DataError } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { validatePackage } from '@/lib/data/validate-package';
import { neutralise, toCsv } from '@/lib/downloads/csv';
import { exportTable } from '@/lib/downloads/export-table';
import { servedPackage } from '@/lib/downloads/served-package';
import { toXlsx } from '@/lib/downloads/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { zipFiles } from '@/lib/downloads/zip';

const files = readPackageFiles();
const result = validatePackage(files.json, files.files);
if (!result.ok) throw new DataError(result.issues);
const pkg = result.value;
const gpu = pkg.descriptor.resources.find((r) => r.name === 'gpu-actions-1924')!;

describe('toCsv', () => {
  it('neutralises every text cell that a spreadsheet would run as a formula', () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","click")',
      '+1',
      '@SUM(A1:A2)',
      '-2+3',
      '\tTAB',
      '\rCR',
    ];
    const csv = toCsv(
      ['cell'],
      hostile.map((cell) => [cell]),
    );
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true })
      .data.slice(1)
      .map((row) => row[0]!);
    expect(cells).toEqual(hostile.map((cell) => `'${cell}`));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(toCsv(['n'], [[-2], [5078174], [6.8]])).toBe('n\r\n-2\r\n5078174\r\n6.8\r\n');
  });

  it('leaves ordinary text alone', () => {
    expect(neutralise('Arrested “bandits”')).toBe('Arrested “bandits”');
  });

  it('writes RFC 4180 in UTF-8 without a byte-order mark: CRLF, quotes doubled in quoted fields', () => {
    expect(toCsv(['a', 'b'], [['x, "y"', null]])).toBe('a,b\r\n"x, ""y""",\r\n');
  });
});

describe('exportTable', () => {
  const table = exportTable(siteSay('en'), gpu, pkg.records['gpu-actions-1924']);
  const byId = new Map(table.rows.map((row) => [row[0], row]));

  it('writes a figure the source marks "?" as an empty cell and says so in the note', () => {
    const row = byId.get('foreigners-and-spies')!;
    expect(row[table.header.indexOf('killed')]).toBeNull();
    expect(row[table.header.indexOf('note')]).toMatch(/killed: unknown in source\.$/);
  });

  it('tells a blank in the source from a "?"', () => {
    expect(byId.get('letters')![table.header.indexOf('note')]).toMatch(
      /killed: not printed in source\.$/,
    );
  });

  it('keeps known figures as numbers', () => {
    expect(byId.get('letters')![table.header.indexOf('arrested_or_checked')]).toBe(5078174);
  });
});

describe('/datapackage.json', () => {
  const served = servedPackage(pkg.descriptor, 'https://example.org');
  const profile = JSON.parse(
    readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8'),
  ) as object;

  it('is valid against the Frictionless Tabular Data Package profile', () => {
    const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(profile);
    const valid = validate(served);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('points every resource at its download', () => {
    const resources = served.resources as { name: string; path: string }[];
    expect(resources.map((r) => r.path)).toEqual(
      resources.map((r) => `downloads/data/${r.name}.csv`),
    );
  });

  it('names the homepage only where the site has an address', () => {
    expect(served).toHaveProperty('homepage', 'https://example.org');
    expect(servedPackage(pkg.descriptor, null)).not.toHaveProperty('homepage');
  });

  it("keeps a source's path only where it is a web address", () => {
    const sources = served.sources as { name: string; path?: string }[];
    expect(pkg.descriptor.sources.some((s) => s.path?.startsWith('shared/'))).toBe(true);
    for (const source of sources)
      if (source.path !== undefined) expect(source.path).toMatch(/^https?:\/\//);
    expect(sources.filter((s) => s.path).length).toBe(
      pkg.descriptor.sources.filter((s) => s.path?.startsWith('http')).length,
    );
  });

  it("describes only the datasets of a chart's pack, and refuses one it does not know", () => {
    const pack = servedPackage(pkg.descriptor, null, {
      slug: 'gpu-1924',
      title: 'What the OGPU did in 1924',
      resources: ['gpu-actions-1924', 'gpu-actions-1924-details'],
    });
    expect((pack.resources as { name: string }[]).map((r) => r.name)).toEqual([
      'gpu-actions-1924',
      'gpu-actions-1924-details',
    ]);
    expect(pack.name).toBe('repression-in-numbers-gpu-1924');
    expect(() =>
      servedPackage(pkg.descriptor, null, { slug: 'x', title: 'X', resources: ['no-such'] }),
    ).toThrow(/does not describe/);
  });

  it('fails the profile when a resource has no schema', () => {
    const broken = structuredClone(served) as { resources: Record<string, unknown>[] };
    delete broken.resources[0]!.schema;
    expect(new Ajv({ strict: false, logger: false }).compile(profile)(broken)).toBe(false);
  });
});

describe('toXlsx', () => {
  it('writes typed numbers, marks unknown cells and adds an About sheet', async () => {
    const table = exportTable(siteSay('en'), gpu, pkg.records['gpu-actions-1924']);
    const buffer = await toXlsx(siteSay('en'), table, {
      resource: gpu,
      sources: pkg.descriptor.sources.slice(0, 1),
      licence: 'CC BY 4.0',
      citation: 'Cite me',
      url: 'https://example.org',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const data = workbook.getWorksheet('Data')!;
    expect(data.getRow(1).values).toContain('arrested_or_checked');
    const letters = data.getRow(9);
    expect(letters.getCell(3).value).toBe(5078174);
    expect(letters.getCell(4).value).toBeNull();
    expect(String(letters.getCell(4).note)).toContain('not printed in source');
    const about = workbook.getWorksheet('About')!;
    const text = about.getSheetValues().flat().join(' ');
    expect(text).toContain('What the OGPU did in 1924');
    expect(text).toContain('Cite me');
  });
});

describe('zipFiles', () => {
  it('holds exactly the files it is given', () => {
    const zip = unzipSync(zipFiles({ 'README.txt': 'hello', 'data/a.csv': 'a\r\n1\r\n' }));
    expect(Object.keys(zip).sort()).toEqual(['README.txt', 'data/a.csv']);
    expect(strFromU8(zip['README.txt']!)).toBe('hello');
  });
});

describe('chartCitations', () => {
  const personnel = {
    title: 'Personnel, 1921 → 1925',
    year: '2026',
    version: '1.0.0',
    slug: 'personnel',
  };

  it('cites a chart in APA, Chicago and BibTeX from stable facts only', () => {
    const citations = chartCitations(siteSay('en'), {
      ...personnel,
      url: 'https://example.org/charts/personnel',
    });
    expect(citations.apa).toBe(
      'Repression in Numbers contributors. (2026). Personnel, 1921 → 1925 [Data visualisation, version 1.0.0]. Repression in Numbers. https://example.org/charts/personnel',
    );
    expect(citations.chicago).toBe(
      'Repression in Numbers contributors. “Personnel, 1921 → 1925.” Repression in Numbers, version 1.0.0, 2026. https://example.org/charts/personnel.',
    );
    expect(citations.bibtex).toContain('title = {{Personnel, 1921 -- 1925}},');
    expect(citations.bibtex).toContain(
      'howpublished = {\\url{https://example.org/charts/personnel}},',
    );
  });

  it('names no address where the site has none', () => {
    const citations = chartCitations(siteSay('en'), { ...personnel, url: null });
    expect(citations.apa).toBe(
      'Repression in Numbers contributors. (2026). Personnel, 1921 → 1925 [Data visualisation, version 1.0.0]. Repression in Numbers.',
    );
    expect(citations.chicago).toBe(
      'Repression in Numbers contributors. “Personnel, 1921 → 1925.” Repression in Numbers, version 1.0.0, 2026.',
    );
    expect(citations.bibtex).not.toContain('howpublished');
    expect(Object.values(citations).join(' ')).not.toMatch(/http|null|undefined/);
  });
});
