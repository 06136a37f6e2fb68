/**
 * Which of a province's models are past their deadline: the deadline's date (province_models.
 * deadline_date, read from the plan's phrase) is before the as-of date of the report row, and the
 * report does not say the model is completed. A deadline with no date of its own (ongoing, a
 * central roadmap, a phrase no rule reads) is never late; neither is a row without an as-of date.
 */
import { str } from '../sql.ts';

/** One model of a province's report past its deadline, and by how much. */
export interface LateModelRow {
  provinceCode: string;
  modelNo: number;
  nameVi: string;
  nameEn: string;
  localNo: number | null;
  leadAgency: string | null;
  deadline: string;
  deadlineDate: string;
  deadlineKind: string | null;
  status: string;
  statusText: string | null;
  /** Whole months and the days left over from the deadline to the as-of date, and all the days. */
  overdueMonths: number;
  overdueDays: number;
  daysOverdue: number;
  source: string | null;
  planSource: string | null;
  asOf: string;
}

/** How many of a province's models have a deadline of each kind, and how many of them are late. */
export interface DeadlineKindRow {
  kind: string | null;
  models: number;
  late: number;
}

// Every report row of the province with its lateness; the one place the rule is written.
const withLateness = (code: string): string => `
  WITH d AS (
    SELECT pm.*, TRY_CAST(pm.deadline_date AS DATE) AS due, TRY_CAST(pm.as_of AS DATE) AS as_of_date
    FROM province_models pm WHERE pm.province_code = ${str(code)}
  ), l AS (
    SELECT *, coalesce(due < as_of_date, false) AND status IS DISTINCT FROM 'completed' AS late FROM d
  )`;

/** The province's models past their deadline, the longest overdue first. */
export const lateModelsSql = (code: string): string => `${withLateness(code)}
  SELECT l.province_code AS "provinceCode", l.model_no AS "modelNo", m.name_vi AS "nameVi", m.name_en AS "nameEn", l.local_no AS "localNo",
    l.lead_agency AS "leadAgency", l.deadline, strftime(l.due, '%Y-%m-%d') AS "deadlineDate", l.deadline_kind AS "deadlineKind",
    l.status, l.status_text AS "statusText",
    (12 * year(age(l.as_of_date, l.due)) + month(age(l.as_of_date, l.due)))::INTEGER AS "overdueMonths", day(age(l.as_of_date, l.due))::INTEGER AS "overdueDays",
    date_diff('day', l.due, l.as_of_date)::INTEGER AS "daysOverdue",
    l.source, l.plan_source AS "planSource", strftime(l.as_of_date, '%Y-%m-%d') AS "asOf"
  FROM l LEFT JOIN models m USING (model_no)
  WHERE l.late ORDER BY "daysOverdue" DESC, l.model_no`;

/** The province's report rows by kind of deadline (null: none stated), with how many of each are late. */
export const deadlineKindsSql = (code: string): string => `${withLateness(code)}
  SELECT deadline_kind AS kind, count(*)::INTEGER AS models, count(*) FILTER (WHERE late)::INTEGER AS late
  FROM l GROUP BY ALL ORDER BY models DESC, kind`;
