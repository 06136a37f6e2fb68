/**
 * The tables the dashboard loads into DuckDB, with the type of each column. The same schema
 * reads the bundled CSVs and, later, checks files a user uploads. Columns not listed here are
 * still loaded (as text) so a richer file is never refused for having more.
 */
import { MODEL_COUNT } from '../domain/crosswalk.ts';
import { MODELS, PROVINCE_COUNT, UNIT_COUNT } from '../domain/rollout.ts';

/** A DuckDB column type the loader declares. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';

/** One table of data/. */
export interface TableSchema {
  name: string;
  file: string;
  /** Column → type; every listed column must be present. */
  columns: Readonly<Record<string, ColumnType>>;
  /** Columns that together identify a row. */
  key: readonly string[];
}

const t = <N extends string>(name: N, columns: Record<string, ColumnType>, key: string[]): TableSchema & { name: N } => ({ name, file: `${name}.csv`, columns, key });
const V = 'VARCHAR' as const;
const I = 'INTEGER' as const;
const D = 'DOUBLE' as const;

const SCHEMAS = [
  t('sources', { source: V, title_vi: V, title_en: V, short_vi: V, short_en: V, issuer: V, date: V, as_of: V, as_of_basis: V }, ['source']),
  t('provinces', { province_code: V, gso_code: V, name_vi: V, name_en: V, kind: V, region: V, region_vi: V, region_en: V, unit_2025: V }, ['province_code']),
  t('province_aliases', { alias: V, province_code: V, form: V, seen_in: V }, ['alias']),
  t('units_2025', { unit_code: V, name_vi: V, name_en: V, kind: V, seat_province_code: V, member_count: I }, ['unit_code']),
  t('model_groups', { group: V, name_vi: V, name_en: V, stated_models: I, listed_models: I, first_model_no: I, last_model_no: I, source: V }, ['group']),
  t('models', {
    model_no: I, model_no_2023: I, group: V, name_vi: V, name_en: V, stated_count: I, listed_count: I, listed_mentions: I,
    coverage_kind: V, replication_count: I, funding_kind: V, funding_text: V, result_text: V, effectiveness_text: V,
    replication_text: V, source: V, as_of: V,
  }, ['model_no']),
  t('coverage', { model_no: I, province_code: V, status: V, basis: V, named_as: V, source: V, as_of: V }, ['model_no', 'province_code']),
  t('difficulties', { difficulty_id: V, model_no: I, province_code: V, category: V, nature: V, text: V, source: V }, ['difficulty_id', 'category']),
  t('indicators', { indicator_id: V, theme: V, name_vi: V, name_en: V, value: D, unit: V, unit_en: V, as_of: V, source: V, quote: V }, ['indicator_id']),
  t('province_models', {
    province_code: V, model_no: I, model_no_2023: I, local_no: I, name_vi: V, status: V, status_text: V, lead_agency: V, partners: V,
    deadline: V, deadline_date: V, deadline_kind: V, result_text: V, difficulty_text: V, effectiveness_text: V, funding_text: V, note: V, source: V, plan_source: V, as_of: V,
  }, ['province_code', 'model_no']),
  t('hanoi_models', {
    hanoi_no: I, name_vi: V, track: V, model_no: I, match_basis: V, binh_dinh_lead_agency: V, binh_dinh_progress: V, binh_dinh_result: V, source: V,
  }, ['hanoi_no']),
  t('model_steps', { model_no: I, model_no_2023: I, step_no: I, text: V, source: V, as_of: V }, ['model_no', 'step_no']),
  t('discrepancies', {
    kind: V, model_no: I, province_code: V, stated: I, counted: I, detail: V, detail_vi: V, source: V, value: V, other_source: V, other_value: V,
  }, []),
] as const;

/** The name of one of the tables. */
export type TableName = (typeof SCHEMAS)[number]['name'];

/** Every table, in load order. */
export const TABLES: readonly TableSchema[] = SCHEMAS;

/** A table's schema by name. */
export const TABLE_BY_NAME: ReadonlyMap<string, TableSchema> = new Map(TABLES.map((s) => [s.name, s]));

/** Tables whose number of rows is fixed by what they describe (datasets.md): a file of another length is not that table. */
export const FIXED_ROWS: Readonly<Record<string, number>> = {
  provinces: PROVINCE_COUNT, units_2025: UNIT_COUNT, models: MODELS, coverage: MODELS * PROVINCE_COUNT, hanoi_models: MODEL_COUNT.hanoi,
};
