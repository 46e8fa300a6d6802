import type { ResourceDescriptor } from '@/lib/data/package-schema';
import { quantitySchema } from '@/lib/data/quantity';
import type { Say } from '@/lib/text/messages';

import type { CellValue } from './csv';

export interface ExportTable {
  header: string[];
  rows: CellValue[][];
  /** For each row, the columns whose cell is empty because the source gives no figure. */
  missing: { field: string; reason: string }[][];
}

/**
 * A resource's records as rows for a spreadsheet: numbers as numbers, text as text, and a figure
 * the source does not give as an empty cell whose reason ("unknown in source" for a printed "?",
 * "not printed in source" for a blank) is added to the row's note, so a file opened anywhere still
 * says what the empty cell means.
 */
export function exportTable(
  say: Say,
  resource: ResourceDescriptor,
  records: readonly Record<string, unknown>[],
): ExportTable {
  const header = resource.schema.fields.map((field) => field.name);
  const missing: ExportTable['missing'] = [];
  const rows = records.map((record) => {
    const gaps: ExportTable['missing'][number] = [];
    const row = header.map<CellValue>((name) => {
      const value = record[name];
      const quantity = quantitySchema.safeParse(value);
      if (quantity.success) {
        if (quantity.data.status === 'known') return quantity.data.value;
        gaps.push({
          field: name,
          reason: say(quantity.data.status === 'unknown' ? 'export-unknown' : 'export-not-given'),
        });
        return null;
      }
      return typeof value === 'number' ? value : String(value ?? '');
    });
    if (gaps.length > 0) {
      const noteIndex = header.indexOf('note');
      if (noteIndex < 0)
        throw new Error(
          `${resource.name}: a row has cells the source does not give, but there is no note column to say so.`,
        );
      const said = gaps.map((gap) => `${gap.field}: ${gap.reason}.`).join(' ');
      row[noteIndex] = [row[noteIndex], said].filter(Boolean).join(' ');
    }
    missing.push(gaps);
    return row;
  });
  return { header, rows, missing };
}
