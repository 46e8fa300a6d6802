import type { Cell } from './cell-schema';
import { columnTotal } from './column-total';
import { quoted, type DataIssue, type Result } from './data-issue';
import {
  dataPackageSchema,
  type DataPackageDescriptor,
  type ResourceDescriptor,
} from './package-schema';
import { quantitySchema } from './quantity';
import {
  recordSchemas,
  resourceNames,
  sourceReferenceFields,
  type RecordOf,
  type ResourceName,
} from './records';
import { checkOperationFigures, checkScholarlyFigures } from './scholarly-figures';
import { sourceList } from './source-list';
import { onlyTertiary, tertiaryIssue, tertiarySources } from './source-support';
import { validateTable, type ValidatedTable } from './validate-table';

const PACKAGE_FILE = 'data/datapackage.json';

export interface ValidatedPackage {
  descriptor: DataPackageDescriptor;
  records: { [N in ResourceName]: RecordOf<N>[] };
}

const csvPath = (resource: ResourceDescriptor) => `data/${resource.path}`;

function checkDescriptor(json: unknown): Result<DataPackageDescriptor> {
  const parsed = dataPackageSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      file: PACKAGE_FILE,
      found: `a problem at ${issue.path.join('.') || 'the top level'}`,
      expected: issue.message,
    })),
  };
}

/** Every name the package refers to (resources, sources, files) must exist, and the reverse. */
function checkReferences(
  descriptor: DataPackageDescriptor,
  files: Record<string, string>,
): DataIssue[] {
  const issues: DataIssue[] = [];
  const resources = new Set(descriptor.resources.map((r) => r.name));
  const sources = new Set(descriptor.sources.map((s) => s.name));
  const described = new Set(descriptor.resources.map((r) => r.path));
  const problem = (found: string, expected: string) =>
    issues.push({ file: PACKAGE_FILE, found, expected });

  for (const name of resourceNames) {
    if (!resources.has(name))
      problem(
        `no resource named ${quoted(name)}`,
        'a resource for every dataset the dashboard shows',
      );
  }
  for (const file of Object.keys(files)) {
    if (!described.has(file)) {
      issues.push({
        file: `data/${file}`,
        found: 'a CSV file that datapackage.json does not describe',
        expected: `a resource for it in ${PACKAGE_FILE}`,
      });
    }
  }
  const seen = new Set<string>();
  for (const resource of descriptor.resources) {
    if (!(resourceNames as string[]).includes(resource.name)) {
      problem(
        `a resource ${quoted(resource.name)} that the dashboard's code does not read`,
        'its record schema in lib/data/records.ts (see "Add a dataset" in the README)',
      );
    }
    if (seen.has(resource.name))
      problem(`the resource name ${quoted(resource.name)} twice`, 'each resource name once');
    seen.add(resource.name);
    if (files[resource.path] === undefined) {
      problem(
        `no file data/${resource.path} for resource ${quoted(resource.name)}`,
        'each resource path to name a file in data/',
      );
    }
    const fieldSources = resource.schema.fields.flatMap((field) => field.source ?? []);
    for (const source of [...resource.sourceNames, ...fieldSources]) {
      if (!sources.has(source))
        problem(
          `an unknown source ${quoted(source)} in resource ${quoted(resource.name)}`,
          `one of ${[...sources].join(', ')}`,
        );
    }
    for (const target of [resource.partOf, resource.totalsOf]) {
      if (target !== undefined && !resources.has(target))
        problem(
          `a reference to an unknown resource ${quoted(target)}`,
          'the name of a resource in the package',
        );
    }
  }
  return issues;
}

function checkForeignKeys(table: ValidatedTable, tables: Map<string, ValidatedTable>): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const foreignKey of table.resource.schema.foreignKeys ?? []) {
    const target = tables.get(foreignKey.reference.resource);
    if (target === undefined) continue;
    const keys = new Set(
      target.rows.map((row) =>
        JSON.stringify(foreignKey.reference.fields.map((f) => row.values[f])),
      ),
    );
    for (const row of table.rows) {
      const key = JSON.stringify(foreignKey.fields.map((f) => row.values[f]));
      if (!keys.has(key)) {
        const [field = ''] = foreignKey.fields;
        issues.push({
          file: table.file,
          line: row.line,
          column: table.resource.schema.fields.findIndex((f) => f.name === field) + 1,
          field,
          found: quoted(String(row.values[field])),
          expected: `a value of ${foreignKey.reference.fields.join(', ')} in ${target.file}`,
        });
      }
    }
  }
  return issues;
}

function checkSourceReferences(table: ValidatedTable, sources: Set<string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const fields = table.resource.schema.fields.map((f) => f.name);
  for (const field of sourceReferenceFields) {
    const column = fields.indexOf(field);
    if (column < 0) continue;
    for (const row of table.rows) {
      for (const name of sourceList(String(row.values[field]))) {
        if (!sources.has(name)) {
          issues.push({
            file: table.file,
            line: row.line,
            column: column + 1,
            field,
            found: quoted(name),
            expected: `the name of a source in ${PACKAGE_FILE} (several separated by ";")`,
          });
        }
      }
    }
  }
  return issues;
}

/** A row whose every named source is tertiary (an encyclopedia) has no support of its own. */
function checkTertiaryRows(table: ValidatedTable, tertiary: ReadonlySet<string>): DataIssue[] {
  const fields = table.resource.schema.fields.map((f) => f.name);
  const named = sourceReferenceFields.filter((field) => fields.includes(field));
  if (named.length === 0) return [];
  return table.rows.flatMap((row) => {
    const names = named.flatMap((field) => sourceList(String(row.values[field] ?? '')));
    if (!onlyTertiary(names, tertiary)) return [];
    const field = named.find((f) => String(row.values[f] ?? '') !== '')!;
    return [
      tertiaryIssue(
        { file: table.file, line: row.line, column: fields.indexOf(field) + 1, field },
        names,
      ),
    ];
  });
}

/**
 * A stated total must equal the sum of the figures the source gives in its column, unless the
 * totals row says why not (a known discrepancy, shown on the page as such).
 */
function checkStatedTotals(totals: ValidatedTable, target: ValidatedTable): DataIssue[] {
  const issues: DataIssue[] = [];
  const column = totals.resource.schema.fields.findIndex((f) => f.name === 'stated_total') + 1;
  for (const row of totals.rows) {
    const field = String(row.values.field);
    const quantities = target.rows.map((r) => quantitySchema.safeParse(r.values[field]));
    if (quantities.some((q) => !q.success)) {
      issues.push({
        file: totals.file,
        line: row.line,
        field: 'field',
        found: quoted(field),
        expected: `a numeric column of ${target.file}`,
      });
      continue;
    }
    const { sumOfKnown } = columnTotal(quantities.flatMap((q) => (q.success ? [q.data] : [])));
    const stated = row.values.stated_total;
    if (stated !== sumOfKnown && row.values.known_discrepancy === '') {
      issues.push({
        file: totals.file,
        line: row.line,
        column,
        field: 'stated_total',
        found: `a stated total of ${String(stated)} for ${quoted(field)}`,
        expected: `${sumOfKnown}, the sum of the known figures in that column of ${target.file}, or a reason in "known_discrepancy"`,
      });
    }
  }
  return issues;
}

function typedRecords(tables: Map<string, ValidatedTable>): Result<ValidatedPackage['records']> {
  const issues: DataIssue[] = [];
  const records: Record<string, unknown[]> = {};
  for (const name of resourceNames) {
    const table = tables.get(name);
    if (table === undefined) continue;
    records[name] = table.rows.flatMap((row) => {
      const parsed = recordSchemas[name].safeParse(row.values);
      if (parsed.success) return [{ ...parsed.data, line: row.line }];
      for (const issue of parsed.error.issues) {
        issues.push({
          file: table.file,
          line: row.line,
          field: issue.path.join('.'),
          found: quoted(String((row.values as Record<string, Cell>)[String(issue.path[0])])),
          expected: `what the dashboard's code reads in this column: ${issue.message}`,
        });
      }
      return [];
    });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: records as ValidatedPackage['records'] };
}

/**
 * Turns the package descriptor and the CSV texts (by file name) into typed records, or into the
 * full list of what is wrong. Pure: the caller reads the files.
 */
export function validatePackage(
  json: unknown,
  files: Record<string, string>,
): Result<ValidatedPackage> {
  const descriptor = checkDescriptor(json);
  if (!descriptor.ok) return descriptor;
  const issues = checkReferences(descriptor.value, files);

  const tables = new Map<string, ValidatedTable>();
  for (const resource of descriptor.value.resources) {
    const text = files[resource.path];
    if (text === undefined) continue;
    const table = validateTable(resource, csvPath(resource), text);
    if (table.ok) tables.set(resource.name, table.value);
    else issues.push(...table.issues);
  }

  const sources = new Set(descriptor.value.sources.map((s) => s.name));
  const tertiary = tertiarySources(descriptor.value);
  for (const table of tables.values()) {
    issues.push(
      ...checkForeignKeys(table, tables),
      ...checkSourceReferences(table, sources),
      ...checkTertiaryRows(table, tertiary),
    );
    const target =
      table.resource.totalsOf === undefined ? undefined : tables.get(table.resource.totalsOf);
    if (target) issues.push(...checkStatedTotals(table, target));
  }
  if (issues.length > 0) return { ok: false, issues };

  const records = typedRecords(tables);
  if (!records.ok) return records;
  const figureIssues = [
    ...checkScholarlyFigures(records.value.scholarship),
    ...checkOperationFigures(records.value['mass-operations-1937-38']),
  ];
  if (figureIssues.length > 0) return { ok: false, issues: figureIssues };
  return { ok: true, value: { descriptor: descriptor.value, records: records.value } };
}
