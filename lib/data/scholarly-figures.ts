import type { DataIssue } from './data-issue';
import type { OperationRecord, ScholarshipRecord } from './records';

/** A figure as the part rules see it: its place, its upper value, and what it belongs to. */
interface Figure {
  id: string;
  line: number;
  upper: number | null;
  partOf: string;
  subsetOf: string;
  partsComplete: boolean;
}

/**
 * Parts and subsets of figures, in any table that has them: a part names a figure of its table,
 * and parts never add up to more than their whole, and add up to it exactly where the whole says
 * its parts are complete; a subset ("of them, sentenced to death") is never more than its figure.
 */
function checkParts(file: string, figures: readonly Figure[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byId = new Map(figures.map((f) => [f.id, f]));
  for (const figure of figures)
    for (const [field, target] of [
      ['part_of', figure.partOf],
      ['subset_of', figure.subsetOf],
    ] as const) {
      const whole = target === '' ? undefined : byId.get(target);
      if (target !== '' && !whole)
        issues.push({
          file,
          line: figure.line,
          field,
          found: `"${target}"`,
          expected: `the id of another figure in ${file.replace('data/', '')}`,
        });
      if (field === 'subset_of' && whole && (figure.upper ?? 0) > (whole.upper ?? Infinity))
        issues.push({
          file,
          line: figure.line,
          field,
          found: `"${figure.id}" (${figure.upper}) more than "${whole.id}" (${whole.upper})`,
          expected: 'a subset no larger than the figure it is a subset of',
        });
    }
  for (const whole of figures) {
    const parts = figures.filter((f) => f.partOf === whole.id);
    if (parts.length === 0 || whole.upper === null) continue;
    const sum = parts.reduce((acc, part) => acc + (part.upper ?? 0), 0);
    if (whole.partsComplete ? sum !== whole.upper : sum > whole.upper)
      issues.push({
        file,
        line: whole.line,
        field: whole.partsComplete ? 'parts_complete' : 'part_of',
        found: `parts of "${whole.id}" (${parts.map((p) => p.id).join(', ')}) adding up to ${sum}`,
        expected: whole.partsComplete
          ? `${whole.upper}, the figure they make up`
          : `at most ${whole.upper}, the figure they are parts of`,
      });
  }
  return issues;
}

/**
 * The rules a figure of scholarship keeps beyond its column types: "checked" means a page was
 * read, so it names the page; and its parts keep the part rules.
 */
export function checkScholarlyFigures(records: readonly ScholarshipRecord[]): DataIssue[] {
  const file = 'data/scholarship.csv';
  const pageIssues = records.flatMap((record): DataIssue[] =>
    record.confidence === 'checked' && record.page === ''
      ? [
          {
            file,
            line: record.line,
            field: 'page',
            found: `"checked" with no page for "${record.id}"`,
            expected:
              'the page of the cited work where the figure was read, or the confidence "reported"',
          },
        ]
      : [],
  );
  const upper = (r: ScholarshipRecord) =>
    r.value.status === 'known' ? r.value.value : r.high.status === 'known' ? r.high.value : null;
  return [
    ...pageIssues,
    ...checkParts(
      file,
      records.map((r) => ({
        id: r.id,
        line: r.line,
        upper: upper(r),
        partOf: r.part_of,
        subsetOf: '',
        partsComplete: r.parts_complete === 'yes',
      })),
    ),
  ];
}

/** The part and subset rules for the figures of the mass operations. */
export function checkOperationFigures(records: readonly OperationRecord[]): DataIssue[] {
  return checkParts(
    'data/mass-operations-1937-38.csv',
    records.map((r) => ({
      id: r.id,
      line: r.line,
      upper: r.value,
      partOf: r.part_of,
      subsetOf: r.subset_of,
      partsComplete: r.parts_complete === 'yes',
    })),
  );
}
