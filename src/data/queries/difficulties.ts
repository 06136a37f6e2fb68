/** Questions of the difficulties view: every difficulty sentence with its categories, and the models they belong to. */

/** Whether a sentence reports progress rather than a difficulty (`nature`; empty in a table uploaded without it: a difficulty). */
export const reportsProgress = (row: { nature: string | null }): boolean => row.nature === 'progress';

/** A difficulty sentence with all its categories, its model and group, and the report it comes from. */
export interface DifficultySentenceRow {
  difficultyId: string;
  modelNo: number;
  group: string;
  modelVi: string;
  modelEn: string;
  /** Empty (null) for the national report; the province's code for a province's own report. */
  provinceCode: string | null;
  provinceVi: string | null;
  provinceEn: string | null;
  categories: string[];
  /** `difficulty`, or `progress` for a sentence that reports work done: listed apart, never counted. */
  nature: string | null;
  text: string;
  source: string;
}

/**
 * Every difficulty sentence, its categories gathered into one list (one row per sentence), with
 * its model's group and names and the province of a province report. Ordered by model, report,
 * then the sentence's number within the model.
 */
export const difficultySentencesSql = (): string => `
  SELECT * FROM (
    SELECT d.difficulty_id AS "difficultyId", d.model_no AS "modelNo", m."group", m.name_vi AS "modelVi", m.name_en AS "modelEn",
      d.province_code AS "provinceCode", p.name_vi AS "provinceVi", p.name_en AS "provinceEn",
      list(d.category ORDER BY d.category) AS categories, any_value(d.nature) AS nature, any_value(d.text) AS text, any_value(d.source) AS source
    FROM difficulties d LEFT JOIN models m USING (model_no) LEFT JOIN provinces p USING (province_code)
    GROUP BY ALL
  ) ORDER BY "modelNo", source, length("difficultyId"), "difficultyId"`;

/** A model with its group's names: the rows of the model × category matrix. */
export interface DifficultyModelRow {
  modelNo: number;
  group: string;
  nameVi: string;
  nameEn: string;
  groupVi: string | null;
  groupEn: string | null;
}

/** Every model (all 44, with or without difficulties), with its group's names. */
export const difficultyModelsSql = (): string => `
  SELECT m.model_no AS "modelNo", m."group", m.name_vi AS "nameVi", m.name_en AS "nameEn", g.name_vi AS "groupVi", g.name_en AS "groupEn"
  FROM models m LEFT JOIN model_groups g USING ("group") ORDER BY m.model_no`;
