/**
 * What an uploaded table must satisfy beyond its column types: the columns it cannot do without,
 * the columns holding province codes, model numbers, dates or a fixed vocabulary, and the values
 * each number column may take (a count of provinces is 0–63, a share 0–100).
 */
import type { TableSchema } from '../data/schema.ts';
import { COVERAGE_BASES } from '../domain/coverage.ts';
import { DIFFICULTY_CATEGORIES } from '../domain/difficulty-categories.ts';
import { PROVINCE_KINDS, REGIONS } from '../domain/provinces.ts';
import { foldWord } from '../domain/fold.ts';
import { HANOI_TRACKS } from '../domain/crosswalk.ts';
import { INDICATOR_THEMES } from '../domain/indicator-themes.ts';
import { COVERAGE_STATUSES } from '../domain/coverage.ts';
import { OWN_STATUSES } from '../domain/status-agreement.ts';

/** What a number column counts or measures, which names its domain in a message. */
export type DomainKind = 'provinces' | 'models' | 'percent' | 'position' | 'count' | 'money';

/** The values a number column may take, inclusive. */
export interface Domain {
  of: DomainKind;
  min: number;
  max: number;
}

/** A domain that depends on another cell of the row (an indicator's value on its unit). */
export interface DomainByColumn {
  column: string;
  /** By the other cell's value, trimmed and in lower case. */
  byValue: Readonly<Record<string, Domain>>;
}
import { DEADLINE_KINDS } from '../domain/deadline.ts';
import { GROUPS, MODELS as MODEL_COUNT_2024, PROVINCE_COUNT } from '../domain/rollout.ts';

/** How a column's cells are read and checked. */
export type ColumnRule =
  | { kind: 'text' }
  | { kind: 'integer'; domain?: Domain }
  | { kind: 'number'; domain?: Domain }
  | { kind: 'date'; yearAlone?: boolean }
  | { kind: 'province' }
  | { kind: 'model'; max: number }
  | { kind: 'enum'; values: readonly string[]; aliases?: Readonly<Record<string, string>>; words?: Readonly<Record<string, string>> };

/** The rules of one table. */
export interface TableRules {
  /** Columns a file must have (the key columns are always required too). */
  required: readonly string[];
  /** Columns read by a rule other than their schema type's (every number column has one, with its domain). */
  columns: Readonly<Record<string, ColumnRule>>;
  /** Number columns whose domain depends on another cell of the row, where that cell says so. */
  domainBy?: Readonly<Record<string, DomainByColumn>>;
}

const PROVINCE: ColumnRule = { kind: 'province' };
const MODEL: ColumnRule = { kind: 'model', max: MODEL_COUNT_2024 };
const MODEL_2023: ColumnRule = { kind: 'model', max: 43 };
const AS_OF: ColumnRule = { kind: 'date' };
const int = (of: DomainKind, min: number, max: number): ColumnRule => ({ kind: 'integer', domain: { of, min, max } });
const PROVINCES = int('provinces', 0, PROVINCE_COUNT);
const MODELS = int('models', 0, MODEL_COUNT_2024);
/** Largest plausible count in a national indicator: a hundred billion (the largest reported is 1.6 billion requests). */
const COUNT_MAX = 1e11;
const PERCENT: Domain = { of: 'percent', min: 0, max: 100 };
/** Billion đồng (tỷ đồng): up to ten million of them, several times the national budget. */
const MONEY: Domain = { of: 'money', min: 0, max: 1e7 };
/**
 * A fixed vocabulary. `words` are the Vietnamese words a sheet may write for a value (any case,
 * with or without accents); the first one is shown with the value when a cell is refused.
 */
const enumOf = (values: readonly string[], words: Readonly<Record<string, readonly string[]>> = {}): ColumnRule => ({
  kind: 'enum',
  values,
  aliases: Object.fromEntries(Object.entries(words).flatMap(([value, ws]) => ws.map((w) => [foldWord(w), value]))),
  words: Object.fromEntries(Object.entries(words).flatMap(([value, ws]) => (ws[0] ? [[value, ws[0]]] : []))),
});

/** Coverage statuses, with the dashboard's own labels accepted for them. */
const COVERAGE_STATUS = enumOf(COVERAGE_STATUSES, {
  deployed: ['Đã triển khai'], not_deployed: ['Chưa triển khai'], unknown: ['Chưa rõ', 'not reported'],
});
/** Statuses of a province's own report, with Vietnamese words a tracking sheet uses. */
const REPORT_STATUS = enumOf(OWN_STATUSES, {
  completed: ['Đã hoàn thành', 'Hoàn thành'], in_progress: ['Đang triển khai', 'Đang thực hiện'],
  not_started: ['Chưa triển khai', 'Chưa thực hiện'], waiting: ['Chờ hướng dẫn'], unclear: ['Không rõ', 'Chưa rõ'],
});
const GROUP = enumOf(GROUPS);
const REGION = enumOf(Object.keys(REGIONS), Object.fromEntries(Object.entries(REGIONS).map(([id, r]) => [id, [r.vi]])));
const KIND = enumOf(PROVINCE_KINDS, { province: ['Tỉnh'], city: ['Thành phố'] });
const CATEGORY = enumOf(DIFFICULTY_CATEGORIES.map((c) => c.id), Object.fromEntries(DIFFICULTY_CATEGORIES.map((c) => [c.id, [c.vi]])));

/** The rules of every table, by name. */
export const RULES: Readonly<Record<string, TableRules>> = {
  sources: { required: ['source', 'title_vi', 'title_en', 'as_of'], columns: { date: { kind: 'date', yearAlone: true }, as_of: AS_OF } },
  provinces: { required: ['province_code', 'name_vi', 'name_en', 'region'], columns: { province_code: PROVINCE, unit_2025: PROVINCE, region: REGION, kind: KIND } },
  province_aliases: { required: ['alias', 'province_code'], columns: { province_code: PROVINCE } },
  units_2025: {
    required: ['unit_code', 'name_vi', 'name_en', 'seat_province_code'],
    columns: { unit_code: PROVINCE, seat_province_code: PROVINCE, kind: KIND, member_count: int('provinces', 1, PROVINCE_COUNT) },
  },
  model_groups: {
    required: ['group', 'name_vi', 'name_en'],
    columns: { group: GROUP, first_model_no: MODEL, last_model_no: MODEL, stated_models: MODELS, listed_models: MODELS },
  },
  models: {
    required: ['model_no', 'group', 'name_vi', 'name_en'],
    columns: {
      model_no: MODEL, model_no_2023: MODEL_2023, group: GROUP, as_of: AS_OF,
      stated_count: PROVINCES, listed_count: PROVINCES, replication_count: PROVINCES, listed_mentions: int('count', 0, 2 * PROVINCE_COUNT),
    },
  },
  coverage: { required: ['model_no', 'province_code', 'status'], columns: { model_no: MODEL, province_code: PROVINCE, status: COVERAGE_STATUS, basis: enumOf(COVERAGE_BASES), as_of: AS_OF } },
  difficulties: {
    required: ['difficulty_id', 'model_no', 'category', 'text'],
    columns: {
      model_no: MODEL, province_code: PROVINCE,
      category: CATEGORY,
      // Optional: a file without it counts every sentence as a difficulty.
      nature: enumOf(['difficulty', 'progress']),
    },
  },
  indicators: {
    required: ['indicator_id', 'theme', 'name_vi', 'value'],
    columns: { theme: enumOf(INDICATOR_THEMES), as_of: AS_OF, value: { kind: 'number', domain: { of: 'count', min: 0, max: COUNT_MAX } } },
    domainBy: { value: { column: 'unit', byValue: { '%': PERCENT, 'phần trăm': PERCENT, percent: PERCENT, 'tỷ đồng': MONEY, 'tỉ đồng': MONEY } } },
  },
  province_models: {
    required: ['province_code', 'model_no', 'status'],
    // deadline_date and deadline_kind may be left out: they are then read from `deadline` (derived-columns.ts).
    columns: {
      province_code: PROVINCE, model_no: MODEL, model_no_2023: MODEL_2023, status: REPORT_STATUS, deadline_date: AS_OF, deadline_kind: enumOf(DEADLINE_KINDS),
      as_of: AS_OF, local_no: int('position', 1, 999),
    },
  },
  hanoi_models: { required: ['hanoi_no', 'name_vi'], columns: { model_no: MODEL, track: enumOf(HANOI_TRACKS), hanoi_no: int('position', 1, 999) } },
  model_steps: { required: ['model_no', 'step_no', 'text'], columns: { model_no: MODEL, model_no_2023: MODEL_2023, as_of: AS_OF, step_no: int('position', 1, 99) } },
  // Every figure of a discrepancy counts provinces or models, so none passes 63.
  discrepancies: { required: ['kind', 'detail'], columns: { model_no: MODEL, province_code: PROVINCE, stated: int('count', 0, PROVINCE_COUNT), counted: int('count', 0, PROVINCE_COUNT) } },
};

/** The columns a file for the table must have: its rules' required columns and its key. */
export function requiredColumns(schema: TableSchema): string[] {
  return [...new Set([...(RULES[schema.name]?.required ?? []), ...schema.key])];
}

/**
 * The rule of a number column for one row, when its domain depends on another cell of the row
 * (`cellOf` gives that cell as written); otherwise `rule` itself.
 */
export function ruleForRow(schema: TableSchema, column: string, rule: ColumnRule, cellOf: (column: string) => string | undefined): ColumnRule {
  const by = RULES[schema.name]?.domainBy?.[column];
  if (!by || (rule.kind !== 'number' && rule.kind !== 'integer')) return rule;
  const domain = by.byValue[(cellOf(by.column) ?? '').normalize('NFC').trim().toLowerCase()];
  return domain ? { ...rule, domain } : rule;
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
