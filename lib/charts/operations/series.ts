import type { ResourceDescriptor, SourceDescriptor } from '@/lib/data/package-schema';
import type { OperationRecord } from '@/lib/data/records';
import { attribution } from '@/lib/text/attribution';
import type { Say } from '@/lib/text/messages';

export interface OperationFigure {
  id: string;
  label: string;
  kind: OperationRecord['kind'];
  measure: OperationRecord['measure'];
  value: number;
  period: string;
  sourceName: string;
  /** "as quoted from …" where the figure is not checked at a page. */
  attribution: string | null;
  note: string;
}

/** A row of the chart: a result or a count, with the limit it answers and its subset, if any. */
export interface OperationRow {
  figure: OperationFigure;
  limit: OperationFigure | null;
  /** "Of them, sentenced to death": drawn inside the row's bar. */
  subset: OperationFigure | null;
  /** A part of the row above ("of which"). */
  part: boolean;
}

export interface OperationGroup {
  key: string;
  title: string;
  rows: OperationRow[];
}

/** The chart's groups and rows as the data names and orders them. */
export function operationsSeries(
  say: Say,
  resource: Pick<ResourceDescriptor, 'groups'>,
  records: readonly OperationRecord[],
  sources: readonly SourceDescriptor[],
): OperationGroup[] {
  const figure = (r: OperationRecord): OperationFigure => ({
    id: r.id,
    label: r.figure,
    kind: r.kind,
    measure: r.measure,
    value: r.value,
    period: r.period,
    sourceName: r.source,
    attribution: attribution(
      say,
      r.confidence,
      sources.find((s) => s.name === r.source),
    ),
    note: r.note,
  });
  const byId = new Map(records.map((r) => [r.id, r]));
  return (resource.groups ?? []).map((group) => ({
    key: group.name,
    title: group.title,
    rows: records
      .filter((r) => r.group === group.name && r.kind !== 'limit' && r.subset_of === '')
      .map((r) => {
        const limit = r.against ? byId.get(r.against) : undefined;
        const subset = records.find((s) => s.subset_of === r.id);
        return {
          figure: figure(r),
          limit: limit ? figure(limit) : null,
          subset: subset ? figure(subset) : null,
          part: r.part_of !== '',
        };
      }),
  }));
}

/** Every figure of the chart, rows, limits and subsets alike. */
export const figuresOf = (
  groups: readonly { rows: readonly OperationRow[] }[],
): OperationFigure[] =>
  groups.flatMap((g) =>
    g.rows.flatMap((r) => [
      r.figure,
      ...(r.limit ? [r.limit] : []),
      ...(r.subset ? [r.subset] : []),
    ]),
  );
