/**
 * What an uploaded table must satisfy beyond its column types: the columns it cannot do without,
 * and the columns holding province codes, model numbers, dates or a fixed vocabulary.
 */
import type { TableSchema } from '../data/schema.ts';
import { DEADLINE_KINDS } from '../domain/deadline.ts';

/** How a column's cells are read and checked. */
export type ColumnRule =
  | { kind: 'text' }
  | { kind: 'integer' }
  | { kind: 'number' }
  | { kind: 'date'; yearAlone?: boolean }
  | { kind: 'province' }
  | { kind: 'model'; max: number }
  | { kind: 'enum'; values: readonly string[]; aliases?: Readonly<Record<string, string>> };

/** The rules of one table. */
export interface TableRules {
  /** Columns a file must have (the key columns are always required too). */
  required: readonly string[];
  /** Columns read by a rule other than their schema type's. */
  columns: Readonly<Record<string, ColumnRule>>;
}

const PROVINCE: ColumnRule = { kind: 'province' };
const MODEL: ColumnRule = { kind: 'model', max: 44 };
const MODEL_2023: ColumnRule = { kind: 'model', max: 43 };
const AS_OF: ColumnRule = { kind: 'date' };
const enumOf = (values: readonly string[], aliases?: Record<string, string>): ColumnRule => ({ kind: 'enum', values, aliases });

/** Coverage statuses, with the dashboard's own labels (folded) accepted for them. */
const COVERAGE_STATUS = enumOf(['deployed', 'not_deployed', 'unknown'], {
  da_trien_khai: 'deployed', chua_trien_khai: 'not_deployed', chua_ro: 'unknown', not_reported: 'unknown',
});
/** Statuses of a province's own report, with Vietnamese words a tracking sheet uses. */
const REPORT_STATUS = enumOf(['completed', 'in_progress', 'not_started', 'waiting', 'unclear'], {
  da_hoan_thanh: 'completed', hoan_thanh: 'completed', dang_trien_khai: 'in_progress', dang_thuc_hien: 'in_progress',
  chua_trien_khai: 'not_started', chua_thuc_hien: 'not_started', cho_huong_dan: 'waiting', khong_ro: 'unclear', chua_ro: 'unclear',
});
const GROUP = enumOf(['I', 'II', 'III', 'IV', 'V']);
const REGION = enumOf(['red_river_delta', 'northern_midlands', 'central_coast', 'central_highlands', 'southeast', 'mekong_delta']);
const KIND = enumOf(['province', 'city']);

/** The rules of every table, by name. */
export const RULES: Readonly<Record<string, TableRules>> = {
  sources: { required: ['source', 'title_vi', 'title_en', 'as_of'], columns: { date: { kind: 'date', yearAlone: true }, as_of: AS_OF } },
  provinces: { required: ['province_code', 'name_vi', 'name_en', 'region'], columns: { province_code: PROVINCE, unit_2025: PROVINCE, region: REGION, kind: KIND } },
  province_aliases: { required: ['alias', 'province_code'], columns: { province_code: PROVINCE } },
  units_2025: { required: ['unit_code', 'name_vi', 'name_en', 'seat_province_code'], columns: { unit_code: PROVINCE, seat_province_code: PROVINCE, kind: KIND } },
  model_groups: { required: ['group', 'name_vi', 'name_en'], columns: { group: GROUP, first_model_no: MODEL, last_model_no: MODEL } },
  models: { required: ['model_no', 'group', 'name_vi', 'name_en'], columns: { model_no: MODEL, model_no_2023: MODEL_2023, group: GROUP, as_of: AS_OF } },
  coverage: { required: ['model_no', 'province_code', 'status'], columns: { model_no: MODEL, province_code: PROVINCE, status: COVERAGE_STATUS, as_of: AS_OF } },
  difficulties: {
    required: ['difficulty_id', 'model_no', 'category', 'text'],
    columns: {
      model_no: MODEL, province_code: PROVINCE,
      category: enumOf(['legal', 'finance', 'infrastructure', 'data', 'security', 'people', 'citizens', 'coordination', 'guidance', 'other']),
    },
  },
  indicators: { required: ['indicator_id', 'theme', 'name_vi', 'value'], columns: { theme: enumOf(['A', 'B', 'C', 'D', 'E']), as_of: AS_OF } },
  province_models: {
    required: ['province_code', 'model_no', 'status'],
    // deadline_date and deadline_kind may be left out: they are then read from `deadline` (derived-columns.ts).
    columns: { province_code: PROVINCE, model_no: MODEL, model_no_2023: MODEL_2023, status: REPORT_STATUS, deadline_date: AS_OF, deadline_kind: enumOf(DEADLINE_KINDS), as_of: AS_OF },
  },
  hanoi_models: { required: ['hanoi_no', 'name_vi'], columns: { model_no: MODEL, track: enumOf(['added', 'continuing', 'later']) } },
  model_steps: { required: ['model_no', 'step_no', 'text'], columns: { model_no: MODEL, model_no_2023: MODEL_2023, as_of: AS_OF } },
  discrepancies: { required: ['kind', 'detail'], columns: { model_no: MODEL, province_code: PROVINCE } },
};

/** The columns a file for the table must have: its rules' required columns and its key. */
export function requiredColumns(schema: TableSchema): string[] {
  return [...new Set([...(RULES[schema.name]?.required ?? []), ...schema.key])];
}

/** How a column of the table is read: its rule, or its schema type (unknown columns are text). */
export function columnRule(schema: TableSchema, column: string): ColumnRule {
  const rule = RULES[schema.name]?.columns[column];
  if (rule) return rule;
  const type = schema.columns[column];
  if (type === 'INTEGER') return { kind: 'integer' };
  if (type === 'DOUBLE') return { kind: 'number' };
  return { kind: 'text' };
}
