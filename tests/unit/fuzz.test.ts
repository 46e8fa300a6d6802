import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import type { DataIssue, Result } from '@/lib/data/data-issue';
import { readPackageFiles } from '@/lib/data/load-package';
import { dataPackageSchema } from '@/lib/data/package-schema';
import { CSV_LIMITS, parseCsv } from '@/lib/data/parse-csv';
import { validateTable } from '@/lib/data/validate-table';
import { toCsv } from '@/lib/downloads/csv';

const resources = dataPackageSchema.parse(readPackageFiles().json).resources;
const personnel = resources.find((r) => r.name === 'cheka-personnel')!;
const gpu = resources.find((r) => r.name === 'gpu-actions-1924')!;

const RUNS = 2000;

// Bounded by the number of cases, not by time: a busy CI machine must not fail them.
const GENEROUS = { timeout: 120_000 };

/** Either a value, or issues that each name the file and, where they give one, a line of it. */
function expectWellFormed(result: Result<unknown>, file: string) {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues as DataIssue[]) {
    expect(issue.file).toBe(file);
    if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
    if (issue.column !== undefined) expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.found.length).toBeGreaterThan(0);
    expect(issue.expected.length).toBeGreaterThan(0);
  }
}

/** Text as a file may hold it: any Unicode, raw bytes read as UTF-8 or Latin-1, control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => new TextDecoder('latin1').decode(bytes)),
);

/** CSV-like text: rows of cells that are numbers, "?", quotes, commas, formulas or junk. */
const cell = fc.oneof(
  fc.integer({ min: -1000, max: 10_000_000 }).map(String),
  fc.constantFrom(
    '?',
    '',
    '"',
    '""',
    '"a,b"',
    '=SUM(A1)',
    '+1',
    '@x',
    '-2+3',
    '1 000',
    '6,8',
    'persons',
    'letters',
    'Military',
    '1921',
    '1925',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const csvLike = (header: string[]) =>
  fc
    .tuple(
      fc.boolean(),
      fc.array(fc.array(cell, { minLength: 0, maxLength: header.length + 2 }), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .map(
      ([keepHeader, rows, newline, bom]) =>
        (bom ? '\uFEFF' : '') +
        [keepHeader ? header : ['x'], ...rows].map((r) => r.join(',')).join(newline),
    );

describe('the data pipeline under attack', () => {
  it(`parseCsv returns rows or located issues for any text (${RUNS} cases)`, GENEROUS, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectWellFormed(parseCsv('fuzz.csv', text), 'fuzz.csv');
      }),
      { numRuns: RUNS },
    );
  });

  it(
    `validateTable returns typed rows or located issues for any CSV-like file (${RUNS} cases per resource)`,
    GENEROUS,
    () => {
      for (const resource of [personnel, gpu]) {
        const header = resource.schema.fields.map((f) => f.name);
        fc.assert(
          fc.property(fc.oneof(csvLike(header), anyText), (text) => {
            const result = validateTable(resource, 'fuzz.csv', text);
            expectWellFormed(result, 'fuzz.csv');
            if (result.ok)
              for (const row of result.value.rows) expect(Object.keys(row.values)).toEqual(header);
          }),
          { numRuns: RUNS },
        );
      }
    },
  );

  it('refuses a file over the size limit at once, naming the limit', GENEROUS, () => {
    const huge = 'a,b\n' + '1,2\n'.repeat(CSV_LIMITS.characters / 4 + 1);
    expect(parseCsv('huge.csv', huge)).toEqual({
      ok: false,
      issues: [
        {
          file: 'huge.csv',
          found: `a file of ${huge.length} characters`,
          expected: `at most ${CSV_LIMITS.characters} characters`,
        },
      ],
    });
  });

  it('stops reading a file with too many rows, naming the limit', GENEROUS, () => {
    const long = 'a\n' + '1\n'.repeat(CSV_LIMITS.rows * 5);
    expect(parseCsv('long.csv', long)).toEqual({
      ok: false,
      issues: [
        {
          file: 'long.csv',
          found: `more than ${CSV_LIMITS.rows} rows`,
          expected: `at most ${CSV_LIMITS.rows} rows`,
        },
      ],
    });
  });

  it('refuses a cell over the length limit, with its line and column', () => {
    const result = parseCsv('wide.csv', `a,b\n1,${'x'.repeat(CSV_LIMITS.fieldCharacters + 1)}\n`);
    expect(result.ok === false && result.issues[0]).toMatchObject({
      file: 'wide.csv',
      line: 2,
      column: 2,
    });
  });
});

describe('the CSV writer under attack', () => {
  it(
    `never writes a text cell a spreadsheet would run as a formula, and keeps numbers as numbers (${RUNS} cases)`,
    GENEROUS,
    () => {
      const value = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constant(null),
      );
      fc.assert(
        fc.property(
          fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { maxLength: 10 }),
          (rows) => {
            const csv = toCsv(['a', 'b'], rows);
            const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' }).data.slice(
              1,
              rows.length + 1,
            );
            rows.forEach((row, r) =>
              row.forEach((written, c) => {
                const read = parsed[r]![c]!;
                if (typeof written === 'number')
                  expect(Number(read)).toBe(written === 0 ? 0 : written);
                else if (written === null) expect(read).toBe('');
                else {
                  expect(read).not.toMatch(/^[=+\-@\t\r]/);
                  expect(read.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(written);
                }
              }),
            );
          },
        ),
        { numRuns: RUNS },
      );
    },
  );
});
