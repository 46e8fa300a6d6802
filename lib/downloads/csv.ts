/** A cell of a table to write: text, a number, or nothing (an empty cell). */
export type CellValue = string | number | null;

/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP, "CSV Injection"):
 * such a cell gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralise(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a table as CSV per RFC 4180 (CRLF line ends, fields quoted where needed, quotes
 * doubled), in UTF-8 without a byte-order mark, as the data package declares ("encoding": "utf-8"):
 * the files are for data tools, and a strict reader takes a mark for part of the first column's
 * name. Spreadsheet users get the Excel workbook. Numbers are written as numbers; only text cells
 * are neutralised.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
