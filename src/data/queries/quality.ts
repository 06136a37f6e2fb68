/** Questions of the data-quality view: every discrepancy, and how coverage cells are decided. */

/** One discrepancy, with the names of the model or province it concerns. */
export interface QualityRow {
  /** Position in discrepancies.csv (1-based): the order the pipeline found them in. */
  rowNo: number;
  kind: string;
  modelNo: number | null;
  modelVi: string | null;
  modelEn: string | null;
  provinceCode: string | null;
  provinceVi: string | null;
  provinceEn: string | null;
  stated: number | null;
  counted: number | null;
  detail: string;
  detailVi: string;
  source: string;
  sourceVi: string | null;
  sourceEn: string | null;
  asOf: string | null;
  /** Where two sources disagree: what `source` says, and the other source with what it says. */
  value: string | null;
  otherSource: string | null;
  otherSourceVi: string | null;
  otherSourceEn: string | null;
  otherValue: string | null;
  otherAsOf: string | null;
  /** Counted anew from an uploaded coverage or models table (see `discrepancies_live`), not the bundled row. */
  recomputed: boolean;
}

/**
 * Every discrepancy, in file order, with model and province names and its sources' titles and as-of
 * dates: those derived from coverage counted from the coverage in use (an upload's, when there is one).
 */
export const discrepanciesSql = (): string => `
  WITH d AS (SELECT row_number() OVER () AS row_no, * FROM discrepancies_live)
  SELECT d.row_no::INTEGER AS "rowNo", d.kind, d.model_no AS "modelNo", m.name_vi AS "modelVi", m.name_en AS "modelEn",
    d.province_code AS "provinceCode", p.name_vi AS "provinceVi", p.name_en AS "provinceEn",
    d.stated, d.counted, d.detail, d.detail_vi AS "detailVi",
    d.source, s.title_vi AS "sourceVi", s.title_en AS "sourceEn", s.as_of AS "asOf",
    d.value, d.other_source AS "otherSource", o.title_vi AS "otherSourceVi", o.title_en AS "otherSourceEn",
    d.other_value AS "otherValue", o.as_of AS "otherAsOf", d.recomputed
  FROM d LEFT JOIN models m USING (model_no) LEFT JOIN provinces p USING (province_code)
    LEFT JOIN sources s ON s.source = d.source LEFT JOIN sources o ON o.source = d.other_source
  ORDER BY d.row_no`;

/** How many model × province cells have a coverage status on a basis. */
export interface CoverageBasisRow {
  status: string;
  basis: string;
  cells: number;
  models: number;
}

/** Coverage cells per status and basis, with how many models have cells of each. */
export const coverageByBasisSql = (): string => `
  SELECT status, basis, count(*)::INTEGER AS cells, count(DISTINCT model_no)::INTEGER AS models
  FROM coverage GROUP BY status, basis
  ORDER BY CASE status WHEN 'deployed' THEN 1 WHEN 'not_deployed' THEN 2 ELSE 3 END, cells DESC`;
