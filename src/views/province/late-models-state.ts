/** Pure derivations of a province's "past deadline" section: the kinds of deadline in a line, and the CSV rows. */
import type { DeadlineKindRow, LateModelRow } from '../../data/queries/late-models.ts';
import { downloadOf } from '../../lib/download-columns.ts';
import type { DownloadRow } from '../../lib/download-table.ts';

/** Deadline kinds that end on a date, so a model can be late; the others never are. */
export const DATED_KINDS: readonly string[] = ['quarter_end', 'year_end', 'month_end', 'date'];

/** The report's rows by deadline: how many end on a date and how many of those are late, then each kind with no date. */
export function deadlineSummary(kinds: readonly DeadlineKindRow[]): { models: number; dated: number; late: number; undated: { kind: string | null; models: number }[] } {
  const dated = kinds.filter((k) => k.kind !== null && DATED_KINDS.includes(k.kind));
  return {
    models: kinds.reduce((s, k) => s + k.models, 0),
    dated: dated.reduce((s, k) => s + k.models, 0),
    late: kinds.reduce((s, k) => s + k.late, 0),
    undated: kinds.filter((k) => !dated.includes(k)).map((k) => ({ kind: k.kind, models: k.models })),
  };
}

/** The download of the late models (the columns of province_models, then the overdue figures). */
export const LATE_DOWNLOAD = downloadOf(
  'province_code', 'model_no', 'local_no', 'report_name_vi', 'name_en', 'lead_agency', 'deadline', 'deadline_date', 'deadline_kind', 'report_status', 'status_text',
  'as_of', 'days_overdue', 'overdue_months', 'overdue_days', 'source', 'plan_source',
);

/** The late models as download rows. */
export const lateCsvRows = (rows: readonly LateModelRow[]): DownloadRow[] => rows.map((r) => ({
  province_code: r.provinceCode, model_no: r.modelNo, local_no: r.localNo, name_vi: r.nameVi, name_en: r.nameEn, lead_agency: r.leadAgency,
  deadline: r.deadline, deadline_date: r.deadlineDate, deadline_kind: r.deadlineKind, status: r.status, status_text: r.statusText, as_of: r.asOf,
  days_overdue: r.daysOverdue, overdue_months: r.overdueMonths, overdue_days: r.overdueDays, source: r.source, plan_source: r.planSource,
}));
