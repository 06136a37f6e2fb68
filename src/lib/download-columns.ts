/**
 * Every column a download can have, once: its key (the column name of datasets.md), its labels
 * (download-messages.ts), its type, and the labels of its codes. Views pick their columns from here
 * (`downloadOf`), and the Data view describes whole tables with it (`tableDownload`).
 */
import { REGIONS } from '../domain/provinces.ts';
import {
  basisLabel, categoryLabel, changeKindLabel, COMMON, discrepancyKindLabel, fundingKindLabel, hanoiTrackLabel, indicatorThemeLabel,
  matchBasisLabel, provinceKindLabel, reportStatusLabel, statusLabel,
} from '../i18n/common.ts';
import { hasLabel } from '../i18n/i18n.ts';
import type { ColumnType as SchemaType, TableSchema } from '../data/schema.ts';
import { DOWNLOAD } from './download-messages.ts';
import type { ColumnType, DownloadColumn, DownloadTable } from './download-table.ts';

/** A column's id in the catalogue (its key, unless two tables use one name for different things). */
export type ColumnId = keyof (typeof DOWNLOAD)['vi']['columns'];

type Show = NonNullable<DownloadColumn['show']>;

/**
 * Shows a code by one of the label functions of common.ts, the labels the screens show, so a file and its
 * screen say the same (a code without a label shows as written).
 */
const labelsOf = (label: (m: (typeof COMMON)['vi'], v: string) => string): Show => (v, lang) => label(COMMON[lang], v);

const SHOW = {
  status: labelsOf(statusLabel),
  basis: labelsOf(basisLabel),
  category: ((v, lang) => categoryLabel(lang, v)) as Show,
  // Several causes in one cell, as the sentences' download joins them.
  categories: ((v, lang) => v.split(/;\s*/).map((c) => categoryLabel(lang, c)).join('; ')) as Show,
  region: ((v, lang) => REGIONS[v as keyof typeof REGIONS]?.[lang] ?? v) as Show,
  reportStatus: labelsOf(reportStatusLabel),
  discrepancy: labelsOf(discrepancyKindLabel),
  change: labelsOf(changeKindLabel),
  provinceKind: labelsOf(provinceKindLabel),
  track: labelsOf(hanoiTrackLabel),
  match: labelsOf(matchBasisLabel),
  funding: labelsOf(fundingKindLabel),
  nature: ((v, lang) => (v === 'progress' ? COMMON[lang].progressNotDifficulty : COMMON[lang].isDifficulty)) as Show,
  theme: ((v, lang) => (hasLabel(COMMON[lang].indicatorThemes, v) ? `${v} · ${indicatorThemeLabel(COMMON[lang], v)}` : v)) as Show,
};

// [type, how its codes show, its key when it is not the id]
type Spec = readonly [ColumnType, Show?, string?];
const I: Spec = ['integer'];
const N: Spec = ['number'];
const T: Spec = ['text'];
const D: Spec = ['date'];

const SPECS: Readonly<Record<ColumnId, Spec>> = {
  model_no: I, model_no_2023: I, province_code: T, gso_code: T, name_vi: T, name_en: T, model_name_vi: T, model_name_en: T,
  province_name: T, group: T, province_kind: ['text', SHOW.provinceKind, 'kind'], region: ['text', SHOW.region], region_vi: T, region_en: T,
  unit_2025: T, unit_code: T, seat_province_code: T, member_count: I,
  status: ['text', SHOW.status], basis: ['text', SHOW.basis], named_as: T, source: T, as_of: D,
  stated_count: I, listed_count: I, listed_mentions: I, coverage_kind: T, replication_count: I, funding_kind: ['text', SHOW.funding],
  funding_text: T, result_text: T, effectiveness_text: T, replication_text: T, deployed: I, not_deployed: I, unknown: I, models: I,
  difficulty_id: T, category: ['text', SHOW.category], categories: ['text', SHOW.categories], text: T, nature: ['text', SHOW.nature],
  indicator_id: T, theme: ['text', SHOW.theme], value: N, unit: T, unit_en: T, quote: T,
  discrepancy_kind: ['text', SHOW.discrepancy, 'kind'], stated: I, counted: I, detail: T, detail_vi: T,
  local_no: I, report_name_vi: ['text', undefined, 'name_vi'], report_status: ['text', SHOW.reportStatus, 'status'], status_text: T,
  lead_agency: T, partners: T, deadline: T, difficulty_text: T, note: T, plan_source: T, in_province_list: ['boolean'],
  national_status: ['text', SHOW.status], national_basis: ['text', SHOW.basis], national_source: T, national_as_of: D,
  hanoi_no: I, track: ['text', SHOW.track], match_basis: ['text', SHOW.match], binh_dinh_lead_agency: T, binh_dinh_progress: T, binh_dinh_result: T,
  step_no: I, title_vi: T, title_en: T, short_vi: T, short_en: T, issuer: T, date: D, as_of_basis: T, alias: T, form: T, seen_in: T,
  stated_models: I, listed_models: I, first_model_no: I, last_model_no: I, file: T, row: I, column: T, cell_value: ['text', undefined, 'value'], problem: T,
  discrepancy_value: ['text', undefined, 'value'], other_source: T, other_value: T,
  status_before: ['text', SHOW.status, 'before'], status_after: ['text', SHOW.status, 'after'], change: ['text', SHOW.change],
  source_before: ['text', undefined, 'before_source'], as_of_before: ['date', undefined, 'before_as_of'],
  deadline_date: D, deadline_kind: T, days_overdue: I, overdue_months: I, overdue_days: I,
};

/** The column of an id. */
export function column(id: ColumnId): DownloadColumn {
  const [type, show, key] = SPECS[id];
  return { key: key ?? id, label: { vi: DOWNLOAD.vi.columns[id], en: DOWNLOAD.en.columns[id] }, type, ...(show ? { show } : {}) };
}

/** A download of these columns, in this order. */
export const downloadOf = (...ids: readonly ColumnId[]): DownloadTable => ({ columns: ids.map(column) });

// Where a table's column name means something else than the catalogue's column of that name.
const TABLE_IDS: Readonly<Record<string, Readonly<Record<string, ColumnId>>>> = {
  provinces: { kind: 'province_kind' },
  units_2025: { kind: 'province_kind' },
  province_models: { name_vi: 'report_name_vi', status: 'report_status' },
  discrepancies: { kind: 'discrepancy_kind', value: 'discrepancy_value' },
};

const SCHEMA_TYPES: Readonly<Record<SchemaType, ColumnType>> = { VARCHAR: 'text', INTEGER: 'integer', DOUBLE: 'number' };

/**
 * A whole table as loaded, column by column: the catalogue's column where the table's column is one
 * of its own, else (a column an upload added) the name as its label and the schema's type (text if unknown).
 */
export function tableDownload(schema: TableSchema | undefined, columns: readonly string[]): DownloadTable {
  const known = (name: string): ColumnId | undefined => {
    const id = TABLE_IDS[schema?.name ?? '']?.[name] ?? name;
    return id in SPECS && schema?.columns[name] !== undefined ? (id as ColumnId) : undefined;
  };
  return {
    columns: columns.map((name) => {
      const id = known(name);
      if (id) return { ...column(id), key: name };
      return { key: name, label: { vi: name, en: name }, type: SCHEMA_TYPES[schema?.columns[name] ?? 'VARCHAR'] };
    }),
  };
}
