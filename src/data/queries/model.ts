/** Questions about one model. */
import { int } from '../sql.ts';

/** A model and its group. */
export interface ModelDetailRow {
  modelNo: number;
  modelNo2023: number | null;
  group: string;
  groupVi: string;
  groupEn: string;
  nameVi: string;
  nameEn: string;
  statedCount: number | null;
  listedCount: number | null;
  listedMentions: number | null;
  coverageKind: string;
  replicationCount: number | null;
  fundingKind: string | null;
  fundingText: string | null;
  resultText: string | null;
  effectivenessText: string | null;
  replicationText: string | null;
  source: string;
  asOf: string;
}

/** One model, with its group's names; its listed count counted from the coverage in use (an upload's, when coverage is uploaded). */
export const modelDetailSql = (no: number): string => `
  SELECT m.model_no AS "modelNo", m.model_no_2023 AS "modelNo2023", m."group", g.name_vi AS "groupVi", g.name_en AS "groupEn",
    m.name_vi AS "nameVi", m.name_en AS "nameEn", m.stated_count AS "statedCount", m.listed_count AS "listedCount",
    m.listed_mentions AS "listedMentions", m.coverage_kind AS "coverageKind", m.replication_count AS "replicationCount",
    m.funding_kind AS "fundingKind", m.funding_text AS "fundingText", m.result_text AS "resultText",
    m.effectiveness_text AS "effectivenessText", m.replication_text AS "replicationText", m.source, m.as_of AS "asOf"
  FROM model_figures m LEFT JOIN model_groups g USING ("group") WHERE m.model_no = ${int(no)}`;

/** One province's coverage of a model: the rows behind the model's map. */
export interface ModelCoverageRow {
  provinceCode: string;
  nameVi: string;
  nameEn: string;
  regionVi: string;
  regionEn: string;
  status: string;
  basis: string;
  namedAs: string | null;
  source: string;
  asOf: string;
}

/** The 63 provinces' status for a model. */
export const modelCoverageSql = (no: number): string => `
  SELECT c.province_code AS "provinceCode", p.name_vi AS "nameVi", p.name_en AS "nameEn", p.region_vi AS "regionVi",
    p.region_en AS "regionEn", c.status, c.basis, c.named_as AS "namedAs", c.source, c.as_of AS "asOf"
  FROM coverage c JOIN provinces p USING (province_code) WHERE c.model_no = ${int(no)} ORDER BY p.gso_code`;

/** A difficulty sentence of a model, with all its categories. */
export interface ModelDifficultyRow {
  difficultyId: string;
  provinceCode: string | null;
  categories: string[];
  /** `progress` for a sentence that reports work done rather than a difficulty (see `reportsProgress`). */
  nature: string | null;
  text: string;
  source: string;
}

/** The difficulty sentences of a model (national and Bình Định), categories gathered per sentence, with their nature. */
export const modelDifficultiesSql = (no: number): string => `
  SELECT difficulty_id AS "difficultyId", province_code AS "provinceCode", list(category ORDER BY category) AS categories,
    any_value(nature) AS nature, any_value(text) AS text, any_value(source) AS source
  FROM difficulties WHERE model_no = ${int(no)} GROUP BY ALL ORDER BY source, difficulty_id`;

/** One 2023 implementation step. */
export interface ModelStepRow {
  stepNo: number;
  text: string;
  source: string;
  modelNo2023: number;
}

/** The 2023 steps of a model, where the 2023 reference gives them. */
export const modelStepsSql = (no: number): string => `
  SELECT step_no AS "stepNo", text, source, model_no_2023 AS "modelNo2023" FROM model_steps WHERE model_no = ${int(no)} ORDER BY step_no`;

/** One discrepancy. */
export interface DiscrepancyRow {
  kind: string;
  modelNo: number | null;
  provinceCode: string | null;
  stated: number | null;
  counted: number | null;
  detail: string;
  detailVi: string;
  source: string;
}

/** The discrepancies about a model. */
export const modelDiscrepanciesSql = (no: number): string => `
  SELECT kind, model_no AS "modelNo", province_code AS "provinceCode", stated, counted, detail, detail_vi AS "detailVi", source
  FROM discrepancies_live WHERE model_no = ${int(no)}`;

/** A province report's own status of a model (Bình Định). */
export interface ProvinceReportRow {
  provinceCode: string;
  nameVi: string;
  localNo: number;
  status: string;
  statusText: string;
  leadAgency: string | null;
  deadline: string | null;
  source: string;
  asOf: string;
}

/** A province with its own report (Bình Định), and the report's source and date. */
export interface ReportingProvinceRow {
  provinceCode: string;
  nameVi: string;
  nameEn: string;
  source: string;
  asOf: string;
}

/** The provinces that have their own report, so a model missing from every one can say whose lists were read. */
export const reportingProvincesSql = (): string => `
  SELECT DISTINCT pm.province_code AS "provinceCode", p.name_vi AS "nameVi", p.name_en AS "nameEn", pm.source, pm.as_of AS "asOf"
  FROM province_models pm JOIN provinces p USING (province_code) WHERE pm.source IS NOT NULL ORDER BY 1, 4`;

/** What province reports say of a model. */
export const provinceReportsForModelSql = (no: number): string => `
  SELECT pm.province_code AS "provinceCode", p.name_vi AS "nameVi", pm.local_no AS "localNo", pm.status, pm.status_text AS "statusText",
    pm.lead_agency AS "leadAgency", pm.deadline, pm.source, pm.as_of AS "asOf"
  FROM province_models pm JOIN provinces p USING (province_code) WHERE pm.model_no = ${int(no)}`;

/** The questions a model's view asks of that model (the list of models aside): its view asks them, the snapshot answers them ahead. */
export const modelViewQuestions = (no: number): string[] => [
  modelDetailSql(no), modelCoverageSql(no), modelDifficultiesSql(no), modelStepsSql(no), provinceReportsForModelSql(no), modelDiscrepanciesSql(no),
];
