import type { DataIssue } from './data-issue';
import type { ScholarshipRecord } from './records';

const FILE = 'data/scholarship.csv';

/** The figure as one number for sums: the value, or the high end of a range. */
function upper(record: ScholarshipRecord): number | null {
  if (record.value.status === 'known') return record.value.value;
  return record.high.status === 'known' ? record.high.value : null;
}

/**
 * The rules a figure of scholarship must keep beyond its column types: "checked" means a page was
 * read, so it names the page; a part names a figure it is part of; parts never add up to more
 * than their whole, and add up to it exactly where the whole says its parts are complete.
 */
export function checkScholarlyFigures(records: readonly ScholarshipRecord[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const record of records) {
    if (record.confidence === 'checked' && record.page === '')
      issues.push({
        file: FILE,
        line: record.line,
        field: 'page',
        found: `"checked" with no page for "${record.id}"`,
        expected:
          'the page of the cited work where the figure was read, or the confidence "reported"',
      });
    if (record.part_of !== '' && !byId.has(record.part_of))
      issues.push({
        file: FILE,
        line: record.line,
        field: 'part_of',
        found: `"${record.part_of}"`,
        expected: 'the id of another figure in scholarship.csv',
      });
  }
  for (const whole of records) {
    const parts = records.filter((r) => r.part_of === whole.id);
    if (parts.length === 0) continue;
    const total = upper(whole);
    const sum = parts.reduce((acc, part) => acc + (upper(part) ?? 0), 0);
    if (total === null) continue;
    const complete = whole.parts_complete === 'yes';
    if (complete ? sum !== total : sum > total)
      issues.push({
        file: FILE,
        line: whole.line,
        field: complete ? 'parts_complete' : 'part_of',
        found: `parts of "${whole.id}" (${parts.map((p) => p.id).join(', ')}) adding up to ${sum}`,
        expected: complete
          ? `${total}, the figure they make up`
          : `at most ${total}, the figure they are parts of`,
      });
  }
  return issues;
}
