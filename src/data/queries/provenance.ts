/** Where the figures of a surface come from: the source files its rows cite, with their as-of dates. */
import { int, inList, str } from '../sql.ts';

/** A source cited by rows, with the as-of date they carry and how many rows cite it. */
export interface CitedRow {
  source: string;
  asOf: string | null;
  rows: number;
}

/** The sources of the coverage rows (every model, one group's, or one model's). */
export const coverageCitedSql = (filter: { group?: string | null; model?: number } = {}): string => `
  SELECT source, as_of AS "asOf", count(*)::INTEGER AS rows FROM coverage
  WHERE ${filter.model !== undefined ? `model_no = ${int(filter.model)}` : filter.group ? `model_no IN (SELECT model_no FROM models WHERE "group" = ${str(filter.group)})` : 'TRUE'}
  GROUP BY ALL ORDER BY ALL`;

/** The sources of the difficulty sentences, with each source's as-of date. */
export const difficultiesCitedSql = (): string => `
  SELECT d.source, s.as_of AS "asOf", count(DISTINCT d.difficulty_id)::INTEGER AS rows
  FROM difficulties d LEFT JOIN sources s USING (source) GROUP BY ALL ORDER BY ALL`;

/** The sources of some national indicators, with the dates of those figures. */
export const indicatorsCitedSql = (ids: readonly string[]): string => `
  SELECT source, as_of AS "asOf", count(*)::INTEGER AS rows FROM indicators WHERE ${inList('indicator_id', ids)} GROUP BY ALL ORDER BY ALL`;

/** The sources of a province's own report rows and of the approved plan their deadlines come from, with their dates. */
export const provinceReportCitedSql = (code: string): string => `
  SELECT source, as_of AS "asOf", count(*)::INTEGER AS rows FROM (
    SELECT source, as_of FROM province_models WHERE province_code = ${str(code)}
    UNION ALL
    SELECT p.plan_source, s.as_of FROM province_models p JOIN sources s ON s.source = p.plan_source WHERE p.province_code = ${str(code)}
  ) GROUP BY ALL ORDER BY ALL`;
