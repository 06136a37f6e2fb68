/** The catalogue: models and provinces as the tables list them. */
import { str } from '../sql.ts';
import { statusCountsSql, type StatusCounts } from './status-counts.ts';

/** One model with its coverage counts. */
export interface ModelListRow extends StatusCounts {
  modelNo: number;
  group: string;
  nameVi: string;
  nameEn: string;
  statedCount: number | null;
}

/** Every model with how many provinces have deployed it, have not, or are not reported. */
export const modelListSql = (): string => `
  SELECT m.model_no AS "modelNo", m."group", m.name_vi AS "nameVi", m.name_en AS "nameEn", m.stated_count AS "statedCount",
    ${statusCountsSql('c')}
  FROM models m LEFT JOIN coverage c USING (model_no)
  GROUP BY ALL ORDER BY m.model_no`;

/** A province's row of provinces.csv, as the queries name its columns. */
export interface ProvinceRow {
  provinceCode: string;
  gsoCode: string;
  nameVi: string;
  nameEn: string;
  kind: string;
  region: string;
  regionVi: string;
  regionEn: string;
}

/** One province with its region and how many models it has deployed. */
export interface ProvinceListRow extends ProvinceRow, Pick<StatusCounts, 'deployed' | 'unknown'> {}

/** Every province with its counts over the 44 models. */
export const provinceListSql = (): string => `
  SELECT p.province_code AS "provinceCode", p.gso_code AS "gsoCode", p.name_vi AS "nameVi", p.name_en AS "nameEn", p.kind,
    p.region, p.region_vi AS "regionVi", p.region_en AS "regionEn",
    ${statusCountsSql('c', ['deployed', 'unknown'])}
  FROM provinces p LEFT JOIN coverage c USING (province_code)
  GROUP BY ALL ORDER BY p.gso_code`;

/** One source report. */
export interface SourceRow {
  source: string;
  titleVi: string;
  titleEn: string;
  /** A short name, for a footer or a chart's note (the full title where the table has none). */
  shortVi: string;
  shortEn: string;
  issuer: string | null;
  date: string | null;
  asOf: string;
  asOfBasis: string;
}

/** The national assessment of the 44 models (report 000): the source of the coverage figures. */
export const NATIONAL_SOURCE = '000_7f29e68dedb715cb.txt';

/** The source reports, or one of them. */
export const sourcesSql = (source?: string): string => `
  SELECT source, title_vi AS "titleVi", title_en AS "titleEn", coalesce(short_vi, title_vi) AS "shortVi", coalesce(short_en, title_en) AS "shortEn",
    issuer, date, as_of AS "asOf", as_of_basis AS "asOfBasis"
  FROM sources ${source ? `WHERE source = ${str(source)}` : ''} ORDER BY source`;
