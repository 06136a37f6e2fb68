/** Questions about one province: its models, its place among the 63, its own report, its unit since 2025. */
import { str } from '../sql.ts';
import { statusCountsSql, type StatusCounts } from './status-counts.ts';
import type { ProvinceRow } from './catalogue.ts';

/** A province with its region and the provincial unit it belongs to since 1 July 2025. */
export interface ProvinceDetailRow extends ProvinceRow {
  unitCode: string | null;
  unitNameVi: string | null;
  unitNameEn: string | null;
  unitKind: string | null;
  unitSeatCode: string | null;
  unitSeatNameVi: string | null;
  unitSeatNameEn: string | null;
}

/** One province, its region and its 2025 unit (with the former province that holds the unit's seat). */
export const provinceDetailSql = (code: string): string => `
  SELECT p.province_code AS "provinceCode", p.gso_code AS "gsoCode", p.name_vi AS "nameVi", p.name_en AS "nameEn", p.kind,
    p.region, p.region_vi AS "regionVi", p.region_en AS "regionEn",
    u.unit_code AS "unitCode", u.name_vi AS "unitNameVi", u.name_en AS "unitNameEn", u.kind AS "unitKind",
    u.seat_province_code AS "unitSeatCode", s.name_vi AS "unitSeatNameVi", s.name_en AS "unitSeatNameEn"
  FROM provinces p
    LEFT JOIN units_2025 u ON u.unit_code = p.unit_2025
    LEFT JOIN provinces s ON s.province_code = u.seat_province_code
  WHERE p.province_code = ${str(code)}`;

/** A former province that belongs to the same 2025 unit as the province asked about. */
export interface UnitMemberRow {
  provinceCode: string;
  nameVi: string;
  nameEn: string;
}

/** Every province of the same 2025 unit as `code` (itself included), by GSO code. */
export const unitMembersSql = (code: string): string => `
  SELECT p.province_code AS "provinceCode", p.name_vi AS "nameVi", p.name_en AS "nameEn"
  FROM provinces p JOIN provinces self ON self.unit_2025 = p.unit_2025
  WHERE self.province_code = ${str(code)} ORDER BY p.gso_code`;

/** One province's coverage counts within one group of models. */
export interface GroupCountRow extends StatusCounts {
  provinceCode: string;
  region: string;
  group: string;
  models: number;
}

/** Every province × group (63 × 5 rows): how many of the group's models the province has deployed, has not, or is not reported for. */
export const groupCountsSql = (): string => `
  SELECT c.province_code AS "provinceCode", p.region, m."group",
    count(*)::INTEGER AS models,
    ${statusCountsSql('c')}
  FROM coverage c JOIN models m USING (model_no) JOIN provinces p USING (province_code)
  GROUP BY ALL ORDER BY "provinceCode", m."group"`;

/** One of the 44 models in one province, with its national coverage status. */
export interface ProvinceModelRow {
  provinceCode: string;
  modelNo: number;
  group: string;
  groupVi: string | null;
  groupEn: string | null;
  nameVi: string;
  nameEn: string;
  status: string;
  basis: string;
  namedAs: string | null;
  source: string;
  asOf: string;
}

/** The 44 models for a province, with the status report 000 gives it. */
export const provinceModelsSql = (code: string): string => `
  SELECT c.province_code AS "provinceCode", m.model_no AS "modelNo", m."group", g.name_vi AS "groupVi", g.name_en AS "groupEn",
    m.name_vi AS "nameVi", m.name_en AS "nameEn", c.status, c.basis, c.named_as AS "namedAs", c.source, c.as_of AS "asOf"
  FROM coverage c JOIN models m USING (model_no) LEFT JOIN model_groups g ON g."group" = m."group"
  WHERE c.province_code = ${str(code)} ORDER BY m.model_no`;

/** One of the 44 models as a province's own report gives it (all fields null when the model is not in its list). */
export interface ProvinceReportModelRow {
  provinceCode: string;
  modelNo: number;
  group: string;
  nameVi: string;
  nameEn: string;
  nationalStatus: string;
  nationalBasis: string;
  nationalSource: string;
  nationalAsOf: string;
  localNo: number | null;
  reportNameVi: string | null;
  reportStatus: string | null;
  statusText: string | null;
  leadAgency: string | null;
  deadline: string | null;
  source: string | null;
  planSource: string | null;
  asOf: string | null;
}

/** The 44 models beside a province's own report (province_models), with the national status next to it. */
export const provinceReportSql = (code: string): string => `
  SELECT c.province_code AS "provinceCode", m.model_no AS "modelNo", m."group", m.name_vi AS "nameVi", m.name_en AS "nameEn",
    c.status AS "nationalStatus", c.basis AS "nationalBasis", c.source AS "nationalSource", c.as_of AS "nationalAsOf",
    pm.local_no AS "localNo", pm.name_vi AS "reportNameVi", pm.status AS "reportStatus", pm.status_text AS "statusText",
    pm.lead_agency AS "leadAgency", pm.deadline, pm.source, pm.plan_source AS "planSource", pm.as_of AS "asOf"
  FROM coverage c JOIN models m USING (model_no)
    LEFT JOIN province_models pm ON pm.province_code = c.province_code AND pm.model_no = c.model_no
  WHERE c.province_code = ${str(code)} ORDER BY m.model_no`;

/** A problem found in a source about one province. */
export interface ProvinceDiscrepancyRow {
  kind: string;
  modelNo: number | null;
  stated: number | null;
  counted: number | null;
  detail: string;
  detailVi: string;
  source: string;
}

/** Every discrepancy recorded for a province (its report's summary against its rows, a name never met, …). */
export const provinceDiscrepanciesSql = (code: string): string => `
  SELECT kind, model_no AS "modelNo", stated, counted, detail, detail_vi AS "detailVi", source
  FROM discrepancies_live WHERE province_code = ${str(code)}`;

/** One of Hà Nội's 19 models, with the model of the 44 it matches and one province's registration of it. */
export interface HanoiModelRow {
  hanoiNo: number;
  nameVi: string;
  track: string | null;
  modelNo: number | null;
  matchBasis: string | null;
  modelNameVi: string | null;
  modelNameEn: string | null;
  leadAgency: string | null;
  progress: string | null;
  result: string | null;
  source: string;
  asOf: string | null;
}

/** Hà Nội's 19 models as the province report lists them (the registration columns are Bình Định's). */
export const hanoiModelsSql = (): string => `
  SELECT h.hanoi_no AS "hanoiNo", h.name_vi AS "nameVi", h.track, h.model_no AS "modelNo", h.match_basis AS "matchBasis",
    m.name_vi AS "modelNameVi", m.name_en AS "modelNameEn",
    h.binh_dinh_lead_agency AS "leadAgency", h.binh_dinh_progress AS progress, h.binh_dinh_result AS result,
    h.source, s.as_of AS "asOf"
  FROM hanoi_models h LEFT JOIN models m ON m.model_no = h.model_no LEFT JOIN sources s ON s.source = h.source
  ORDER BY h.hanoi_no`;

/** The questions a province's view asks of that province first (those of all provinces aside; its late models come with its report). */
export const provinceViewQuestions = (code: string): string[] => [
  provinceDetailSql(code), unitMembersSql(code), provinceModelsSql(code), provinceReportSql(code), provinceDiscrepanciesSql(code),
];
