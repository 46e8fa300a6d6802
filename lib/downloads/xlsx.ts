import ExcelJS from 'exceljs';

import type { ResourceDescriptor, SourceDescriptor } from '@/lib/data/package-schema';
import type { Say } from '@/lib/text/messages';

import type { ExportTable } from './export-table';

export interface WorkbookInfo {
  resource: ResourceDescriptor;
  sources: SourceDescriptor[];
  licence: string;
  citation: string;
  /** The file's address on the site, or null where the build was given none. */
  url: string | null;
}

const UNKNOWN_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'lightUp',
  fgColor: { argb: 'FF9A9A9A' },
  bgColor: { argb: 'FFFFFFFF' },
};

/**
 * The workbook a teacher hands out: a "Data" sheet with typed numeric cells, where a figure the
 * source does not give is an empty, hatched cell with a comment saying why; and an "About" sheet
 * with the title, what each column counts, the sources, the readings, the licence and a citation.
 */
export async function toXlsx(say: Say, table: ExportTable, info: WorkbookInfo): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = say('site-name');
  workbook.title = info.resource.title;
  // A fixed date keeps the file the same from one build to the next.
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = workbook.created;

  const data = workbook.addWorksheet(say('xlsx-data-sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  data.addRow(table.header).font = { bold: true };
  table.rows.forEach((row, index) => {
    const added = data.addRow(row.map((cell) => (cell === null ? null : cell)));
    for (const gap of table.missing[index] ?? []) {
      const cell = added.getCell(table.header.indexOf(gap.field) + 1);
      cell.fill = UNKNOWN_FILL;
      cell.note = say('xlsx-no-figure', { reason: gap.reason });
    }
  });
  data.columns.forEach((column, index) => {
    const field = info.resource.schema.fields[index];
    column.width = field?.name === 'note' || field?.type === 'string' ? 40 : 16;
    if (field && field.type !== 'string')
      column.numFmt = field.type === 'integer' ? '#,##0' : '#,##0.0#';
  });

  const about = workbook.addWorksheet(say('xlsx-about-sheet'));
  about.getColumn(1).width = 22;
  about.getColumn(2).width = 100;
  const line = (label: string, text: string) => {
    const row = about.addRow([label, text]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  };
  about.addRow([info.resource.title]).font = { bold: true, size: 14 };
  line(say('xlsx-about'), info.resource.description);
  line(say('xlsx-period'), info.resource.period);
  line(say('xlsx-empty-cells'), say('xlsx-empty-cells-text'));
  about.addRow([]);
  about.addRow([say('xlsx-columns')]).font = { bold: true };
  for (const field of info.resource.schema.fields) {
    line(
      field.name,
      `${field.title} (${field.type}${field.unit ? `, ${field.unit}` : ''}): ${field.description}`,
    );
  }
  about.addRow([]);
  about.addRow([say('xlsx-sources')]).font = { bold: true };
  for (const source of info.sources) line(source.name, source.citation);
  about.addRow([]);
  line(say('xlsx-licence'), info.licence);
  line(say('xlsx-cite-as'), info.citation);
  if (info.url) line(say('xlsx-online'), info.url);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
