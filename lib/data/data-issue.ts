/**
 * A problem found in the data, located precisely enough for a person to fix it: the file, the line
 * and column where there is one, what was found and what was expected.
 */
export interface DataIssue {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  found: string;
  expected: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...issues: DataIssue[]): Result<T> => ({ ok: false, issues });

export function formatIssue(issue: DataIssue): string {
  const place = [
    issue.file,
    issue.line === undefined ? null : `line ${issue.line}`,
    issue.column === undefined ? null : `column ${issue.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  const field = issue.field === undefined ? '' : ` ("${issue.field}")`;
  return `${place}${field}: found ${issue.found}; expected ${issue.expected}.`;
}

/** Thrown where bad data must stop the build; its message lists every issue, one a line. */
export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(
      `The data in data/ is not valid (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'DataError';
  }
}

/** Quotes a value from a file for a message, so that an empty or space-only cell is still visible. */
export function quoted(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(shown);
}
