import Papa from 'papaparse';

import { fail, ok, type DataIssue, type Result } from './data-issue';

interface CsvRow {
  /** The line of the file where the row starts, counting from 1. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Limits far above any dataset of this project (the largest has 15 rows), so that a hostile or
 * broken file is refused at once rather than read for minutes.
 */
export const CSV_LIMITS = { characters: 2_000_000, rows: 10_000, fieldCharacters: 10_000 } as const;

/**
 * Line numbers of offsets in a text, counted as a reader goes forward through it, so that a long
 * file costs one pass rather than one pass per row.
 */
function lineCounter(text: string) {
  let offset = 0;
  let line = 1;
  return (target: number): number => {
    if (target < offset) {
      offset = 0;
      line = 1;
    }
    for (; offset < target && offset < text.length; offset++) if (text[offset] === '\n') line++;
    return line;
  };
}

/**
 * Reads CSV text into a header and rows, each row knowing its line. This is the one place that
 * touches papaparse; everything after it sees plain arrays of strings. A byte-order mark, CRLF
 * line ends and quoted fields holding commas or line breaks are all read as a spreadsheet would.
 */
export function parseCsv(file: string, rawText: string): Result<ParsedCsv> {
  const text = rawText.startsWith(BYTE_ORDER_MARK) ? rawText.slice(1) : rawText;
  if (text.trim() === '') {
    return fail({
      file,
      found: 'an empty file',
      expected: 'a header row and at least one data row',
    });
  }
  if (text.length > CSV_LIMITS.characters) {
    return fail({
      file,
      found: `a file of ${text.length} characters`,
      expected: `at most ${CSV_LIMITS.characters} characters`,
    });
  }

  const records: CsvRow[] = [];
  const issues: DataIssue[] = [];
  let rowStart = 0;
  const lineAt = lineCounter(text);
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    // One row more than allowed (plus the header) is enough to know the file is too long.
    preview: CSV_LIMITS.rows + 2,
    step: (result) => {
      // Blank lines are skipped, so the row begins after any line breaks left at the cursor.
      while (text[rowStart] === '\n' || text[rowStart] === '\r') rowStart++;
      const line = lineAt(rowStart);
      for (const error of result.errors) {
        issues.push({
          file,
          line: error.index === undefined ? line : lineAt(error.index),
          found: error.message.toLowerCase(),
          expected: 'well-formed CSV (every quoted field closed with a double quote)',
        });
      }
      const long = result.data.findIndex((cell) => cell.length > CSV_LIMITS.fieldCharacters);
      if (long >= 0) {
        issues.push({
          file,
          line,
          column: long + 1,
          found: `a cell of ${result.data[long]!.length} characters`,
          expected: `at most ${CSV_LIMITS.fieldCharacters} characters in a cell`,
        });
      }
      records.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  if (records.length > CSV_LIMITS.rows + 1) {
    return fail({
      file,
      found: `more than ${CSV_LIMITS.rows} rows`,
      expected: `at most ${CSV_LIMITS.rows} rows`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };

  const [headerRow, ...rows] = records;
  if (headerRow === undefined || rows.length === 0) {
    return fail({ file, line: 1, found: 'a header row only', expected: 'at least one data row' });
  }
  return ok({ header: headerRow.cells, rows });
}
