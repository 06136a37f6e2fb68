/**
 * What changed in coverage since an earlier edition. The question is asked in the earlier
 * edition's context (`asof_YYYYMMDD`, whose `coverage` is that edition) and reads the current data
 * as `main.coverage`, so one statement sees both. The rule is `changeOf` (src/domain/changes.ts),
 * written here once more in SQL and tested against it (tests/unit/data/changes.test.ts).
 */
import { inList, int, str } from '../sql.ts';

/** One model × province whose coverage changed. */
export interface ChangeRow {
  modelNo: number;
  group: string;
  modelVi: string;
  modelEn: string;
  provinceCode: string;
  nameVi: string;
  nameEn: string;
  /** The status in the earlier edition, and now (null: no row). */
  before: string | null;
  after: string | null;
  change: string;
  source: string | null;
  asOf: string | null;
  beforeSource: string | null;
  beforeAsOf: string | null;
}

/** Which rows to compare: every model, one model's, one province's, or those of some groups. */
export interface ChangeFilter {
  model?: number;
  province?: string;
  groups?: readonly string[];
}

/** The changed rows between the context's coverage (the earlier edition) and the current one. */
export const coverageChangesSql = (filter: ChangeFilter = {}): string => `
  WITH pairs AS (
    SELECT model_no, province_code, b.status AS before, c.status AS after, c.source, c.as_of, b.source AS before_source, b.as_of AS before_as_of
    FROM main.coverage c FULL JOIN coverage b USING (model_no, province_code)
  ), changed AS (
    SELECT *, CASE
      WHEN after = 'deployed' AND before IS DISTINCT FROM 'deployed' THEN 'newly_deployed'
      WHEN before = 'deployed' AND after IS DISTINCT FROM 'deployed' THEN 'no_longer_deployed'
      WHEN coalesce(before, 'unknown') = 'unknown' AND coalesce(after, 'unknown') <> 'unknown' THEN 'newly_reported'
      WHEN coalesce(before, 'unknown') <> 'unknown' AND coalesce(after, 'unknown') = 'unknown' THEN 'no_longer_reported'
    END AS change FROM pairs
  )
  SELECT d.model_no AS "modelNo", m."group", m.name_vi AS "modelVi", m.name_en AS "modelEn",
    d.province_code AS "provinceCode", p.name_vi AS "nameVi", p.name_en AS "nameEn", d.before, d.after, d.change,
    d.source, d.as_of AS "asOf", d.before_source AS "beforeSource", d.before_as_of AS "beforeAsOf"
  FROM changed d JOIN main.models m USING (model_no) JOIN main.provinces p USING (province_code)
  WHERE d.change IS NOT NULL
    ${filter.model !== undefined ? `AND d.model_no = ${int(filter.model)}` : ''}
    ${filter.province !== undefined ? `AND d.province_code = ${str(filter.province)}` : ''}
    ${filter.groups?.length ? `AND ${inList('m."group"', filter.groups)}` : ''}
  ORDER BY d.model_no, p.gso_code`;
