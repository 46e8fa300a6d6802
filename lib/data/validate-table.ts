import { z } from 'zod';

import { cellSchema, type Cell } from './cell-schema';
import { quoted, type DataIssue, type Result } from './data-issue';
import type { ResourceDescriptor } from './package-schema';
import { parseCsv } from './parse-csv';

interface TableRow {
  line: number;
  values: Record<string, Cell>;
}

export interface ValidatedTable {
  resource: ResourceDescriptor;
  file: string;
  rows: TableRow[];
}

function checkHeader(file: string, header: string[], expected: string[]): DataIssue[] {
  const list = expected.join(', ');
  const issues: DataIssue[] = [];
  header.forEach((name, index) => {
    if (!expected.includes(name)) {
      issues.push({
        file,
        line: 1,
        column: index + 1,
        found: `an extra column ${quoted(name)}`,
        expected: `only the columns ${list}`,
      });
    }
  });
  for (const name of expected) {
    if (!header.includes(name)) {
      issues.push({
        file,
        line: 1,
        found: `no column ${quoted(name)}`,
        expected: `the columns ${list}`,
      });
    }
  }
  if (issues.length === 0 && header.join() !== expected.join()) {
    issues.push({
      file,
      line: 1,
      found: `columns in the order ${header.join(', ')}`,
      expected: `the order ${list}`,
    });
  }
  return issues;
}

function keyOf(values: Record<string, Cell>, fields: string[]): string {
  return JSON.stringify(fields.map((name) => values[name]));
}

/** Rows whose key (primary key, or a unique column) repeats an earlier row's. */
function checkUnique(
  file: string,
  rows: TableRow[],
  fields: string[],
  header: string[],
): DataIssue[] {
  const firstLine = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const row of rows) {
    const key = keyOf(row.values, fields);
    const earlier = firstLine.get(key);
    if (earlier === undefined) {
      firstLine.set(key, row.line);
      continue;
    }
    const [firstField = ''] = fields;
    issues.push({
      file,
      line: row.line,
      column: header.indexOf(firstField) + 1,
      field: fields.join(', '),
      found: `the key ${fields.map((f) => quoted(String(row.values[f]))).join(', ')} again (first on line ${earlier})`,
      expected: 'each key once',
    });
  }
  return issues;
}

/**
 * Validates a CSV file against its resource's Table Schema: header, cell count, every cell's type
 * and constraints, unique columns and the primary key. Collects every issue rather than stopping
 * at the first, so one run of the build shows everything there is to fix.
 */
export function validateTable(
  resource: ResourceDescriptor,
  file: string,
  text: string,
): Result<ValidatedTable> {
  const parsed = parseCsv(file, text);
  if (!parsed.ok) return parsed;
  const { header, rows } = parsed.value;
  const { fields, missingValues, primaryKey } = resource.schema;
  const names = fields.map((field) => field.name);

  const headerIssues = checkHeader(file, header, names);
  if (headerIssues.length > 0) return { ok: false, issues: headerIssues };

  const rowSchema = z.object(
    Object.fromEntries(fields.map((f) => [f.name, cellSchema(f, missingValues)])),
  );
  const issues: DataIssue[] = [];
  const validRows: TableRow[] = [];
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      issues.push({
        file,
        line: row.line,
        found: `${row.cells.length} cells`,
        expected: `${names.length} cells, one for each column (${names.join(', ')})`,
      });
      continue;
    }
    const raw = Object.fromEntries(names.map((name, index) => [name, row.cells[index] ?? '']));
    const result = rowSchema.safeParse(raw);
    if (result.success) {
      validRows.push({ line: row.line, values: result.data as Record<string, Cell> });
      continue;
    }
    for (const issue of result.error.issues) {
      const name = String(issue.path[0]);
      issues.push({
        file,
        line: row.line,
        column: names.indexOf(name) + 1,
        field: name,
        found: quoted(raw[name] ?? ''),
        expected: issue.message,
      });
    }
  }

  issues.push(...checkUnique(file, validRows, primaryKey, header));
  for (const field of fields) {
    if (field.constraints?.unique && !(primaryKey.length === 1 && primaryKey[0] === field.name)) {
      issues.push(...checkUnique(file, validRows, [field.name], header));
    }
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: { resource, file, rows: validRows } };
}
