/** Questions of the overview: coverage across all provinces and models, within the selected groups. */
import { inList } from '../sql.ts';
import { statusCountsSql, type StatusCounts } from './status-counts.ts';

/** How many models a province has deployed, within the selected groups. */
export interface ModelsByProvinceRow extends StatusCounts {
  provinceCode: string;
  nameVi: string;
  nameEn: string;
  region: string;
  gsoCode: string;
  models: number;
}

/** Models deployed per province (empty `groups` = all groups). */
export const modelsByProvinceSql = (groups: readonly string[]): string => `
  SELECT p.province_code AS "provinceCode", p.name_vi AS "nameVi", p.name_en AS "nameEn", p.region, p.gso_code AS "gsoCode",
    ${statusCountsSql('c')},
    count(*)::INTEGER AS models
  FROM coverage c JOIN models m USING (model_no) JOIN provinces p USING (province_code)
  WHERE ${inList('m."group"', groups)}
  GROUP BY ALL ORDER BY deployed DESC, p.gso_code`;

/** A model's coverage counts, with its group. */
export interface CoverageByModelRow extends StatusCounts {
  modelNo: number;
  group: string;
  nameVi: string;
  nameEn: string;
}

/** Coverage of every model in the selected groups. */
export const coverageByModelSql = (groups: readonly string[]): string => `
  SELECT m.model_no AS "modelNo", m."group", m.name_vi AS "nameVi", m.name_en AS "nameEn",
    ${statusCountsSql('c')}
  FROM models m JOIN coverage c USING (model_no)
  WHERE ${inList('m."group"', groups)}
  GROUP BY ALL ORDER BY m.model_no`;

/** One cell of the model × province matrix. */
export interface MatrixCellRow {
  modelNo: number;
  provinceCode: string;
  status: string;
  basis: string;
}

/** Every model × province status, within the selected groups. */
export const matrixSql = (groups: readonly string[]): string => `
  SELECT c.model_no AS "modelNo", c.province_code AS "provinceCode", c.status, c.basis
  FROM coverage c JOIN models m USING (model_no)
  WHERE ${inList('m."group"', groups)}
  ORDER BY c.model_no, c.province_code`;

/** A group of models. */
export interface GroupRow {
  group: string;
  nameVi: string;
  nameEn: string;
  statedModels: number;
  listedModels: number;
}

/** The five groups. */
export const groupsSql = (): string => `
  SELECT "group", name_vi AS "nameVi", name_en AS "nameEn", stated_models AS "statedModels", listed_models AS "listedModels"
  FROM model_groups ORDER BY "group"`;

/** A national indicator. */
export interface IndicatorRow {
  indicatorId: string;
  theme: string;
  nameVi: string;
  nameEn: string;
  value: number;
  unit: string;
  unitEn: string;
  asOf: string;
  source: string;
  quote: string;
}

/** The national indicators of report 002. */
export const indicatorsSql = (): string => `
  SELECT indicator_id AS "indicatorId", theme, name_vi AS "nameVi", name_en AS "nameEn", value, unit, unit_en AS "unitEn",
    as_of AS "asOf", source, quote
  FROM (SELECT *, row_number() OVER () AS file_order FROM indicators) ORDER BY theme, file_order`;

/** The overview's questions that depend on its group filter. */
export const overviewGroupQuestions = (groups: readonly string[]): string[] => [modelsByProvinceSql(groups), coverageByModelSql(groups), matrixSql(groups)];

/** The overview's first questions, filtered by `groups` (none: every group): its view asks them, the snapshot answers them ahead. */
export const overviewQuestions = (groups: readonly string[]): string[] => [...overviewGroupQuestions(groups), groupsSql(), indicatorsSql()];
