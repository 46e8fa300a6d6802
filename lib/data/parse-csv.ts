import Papa from 'papaparse';

import { fail, ok, type DataIssue, type Result } from './data-issue';

export interface CsvRow {
  /** The line of the file where the row starts, counting from 1. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
}

const BYTE_ORDER_MARK = '\uFEFF';

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
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

  const records: CsvRow[] = [];
  const issues: DataIssue[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    step: (result) => {
      // Blank lines are skipped, so the row begins after any line breaks left at the cursor.
      while (text[rowStart] === '\n' || text[rowStart] === '\r') rowStart++;
      const line = lineAt(text, rowStart);
      for (const error of result.errors) {
        issues.push({
          file,
          line: error.index === undefined ? line : lineAt(text, error.index),
          found: error.message.toLowerCase(),
          expected: 'well-formed CSV (every quoted field closed with a double quote)',
        });
      }
      records.push({ line, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  if (issues.length > 0) return { ok: false, issues };

  const [headerRow, ...rows] = records;
  if (headerRow === undefined || rows.length === 0) {
    return fail({ file, line: 1, found: 'a header row only', expected: 'at least one data row' });
  }
  return ok({ header: headerRow.cells, rows });
}
