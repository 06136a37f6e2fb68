/** models.csv, model_groups.csv and coverage.csv from report 000 (and the 2023 numbering). */
import type { CoverageStatus } from '../../../domain/coverage.ts';
import { model2023Of } from '../../../domain/crosswalk.ts';
import type { FundingKind } from '../../../domain/funding-kinds.ts';
import { PROVINCES } from '../../../domain/provinces.ts';
import type { Table } from '../csv.ts';
import { GROUP_NAMES_EN, MODEL_NAMES_EN } from '../report-000/names-en.ts';
import type { Model000, Report000 } from '../report-000/parse.ts';
import { SOURCE, asOfOf } from '../sources.ts';
import { PROVINCE_COUNT } from '../../../domain/rollout.ts';

/** How a model's coverage is known. */
export type CoverageKind = 'all_provinces' | 'list' | 'text' | 'none';

/** The coverage facts of one model that every table derives from. */
export interface ModelCoverage {
  model: Model000;
  kind: CoverageKind;
  /** Distinct provinces named as deployed (list, or text), first spelling kept. */
  named: Map<string, { raw: string; basis: 'listed' | 'text' }>;
  /** Names in the list, repeats counted. */
  mentions: number | null;
  /** Whether the not-named provinces are known not to have deployed. */
  complete: boolean;
}

/** Classifies every model's coverage by the rules of datasets.md. */
export function modelCoverage(model: Model000): ModelCoverage {
  const all = model.statedCount === PROVINCE_COUNT && new RegExp(`${PROVINCE_COUNT}/${PROVINCE_COUNT}`).test(model.resultText);
  const named = new Map<string, { raw: string; basis: 'listed' | 'text' }>();
  for (const p of model.list ?? []) if (!named.has(p.code)) named.set(p.code, { raw: p.raw, basis: 'listed' });
  for (const p of model.namedInText) if (!named.has(p.code)) named.set(p.code, { raw: p.raw, basis: 'text' });
  const kind: CoverageKind = all ? 'all_provinces' : model.list ? 'list' : named.size > 0 ? 'text' : 'none';
  const complete = model.list !== null && model.statedCount !== null && model.statedCount <= named.size;
  return { model, kind, named, mentions: model.list ? model.list.length : kind === 'text' ? model.namedInText.length : null, complete };
}

/** The funding class of a funding cell; the text is kept beside it. */
export function fundingKind(text: string): FundingKind | '' {
  if (text === '') return '';
  if (/Mua sắm|mua sắm/.test(text)) return 'equipment';
  if (/thuê nhà cung cấp/.test(text)) return 'invest_or_rent';
  if (/^Miễn phí trong năm/.test(text)) return 'free_limited';
  if (/^Miễn phí/.test(text)) return 'free';
  if (/^Mất (phí|kinh phí)/.test(text)) return 'paid';
  throw new Error(`unclassified funding text "${text}"`);
}

const source = SOURCE.national2024;

/** models.csv */
export function modelsTable(coverages: readonly ModelCoverage[]): Table {
  return {
    columns: ['model_no', 'model_no_2023', 'group', 'name_vi', 'name_en', 'stated_count', 'listed_count', 'listed_mentions',
      'coverage_kind', 'replication_count', 'funding_kind', 'funding_text', 'result_text', 'effectiveness_text', 'replication_text', 'source', 'as_of'],
    rows: coverages.map(({ model: m, kind, named, mentions }) => ({
      model_no: m.no,
      model_no_2023: model2023Of(m.no),
      group: m.group,
      name_vi: m.nameVi,
      name_en: MODEL_NAMES_EN[m.no] ?? '',
      stated_count: m.statedCount,
      listed_count: kind === 'all_provinces' || kind === 'none' ? null : named.size,
      listed_mentions: mentions,
      coverage_kind: kind,
      replication_count: m.replicationCount,
      funding_kind: fundingKind(m.fundingText),
      funding_text: m.fundingText,
      result_text: m.resultText,
      effectiveness_text: m.effectivenessText,
      replication_text: m.replicationText,
      source,
      as_of: asOfOf(source),
    })),
  };
}

/** model_groups.csv: the five groups, the count each heading states, and the models under it. */
export function groupsTable(report: Report000): Table {
  return {
    columns: ['group', 'name_vi', 'name_en', 'stated_models', 'listed_models', 'first_model_no', 'last_model_no', 'source'],
    rows: report.groups.map((g) => {
      const members = report.models.filter((m) => m.group === g.group).map((m) => m.no);
      return {
        group: g.group, name_vi: g.title, name_en: GROUP_NAMES_EN[g.group] ?? '', stated_models: g.statedModels,
        listed_models: members.length, first_model_no: Math.min(...members), last_model_no: Math.max(...members), source,
      };
    }),
  };
}

/** One model × province cell of coverage.csv. */
export interface CoverageCell {
  model_no: number;
  province_code: string;
  status: CoverageStatus;
  basis: string;
  named_as: string | null;
  source: string;
  as_of: string;
}

/** The 44 × 63 coverage cells, status and basis by the rules of datasets.md. */
export function coverageCells(coverages: readonly ModelCoverage[]): CoverageCell[] {
  return coverages.flatMap(({ model, kind, named, complete }) => PROVINCES.map((p): CoverageCell => {
    const hit = named.get(p.code);
    let status: CoverageCell['status'];
    let basis: string;
    if (kind === 'all_provinces') { status = 'deployed'; basis = 'all_provinces'; }
    else if (hit) { status = 'deployed'; basis = hit.basis; }
    else if (complete) { status = 'not_deployed'; basis = 'not_listed'; }
    else { status = 'unknown'; basis = kind === 'none' ? 'no_list' : 'list_incomplete'; }
    return { model_no: model.no, province_code: p.code, status, basis, named_as: hit?.raw ?? null, source, as_of: asOfOf(source) };
  }));
}

/** coverage.csv: 44 × 63 rows. */
export function coverageTable(cells: readonly CoverageCell[]): Table {
  return { columns: ['model_no', 'province_code', 'status', 'basis', 'named_as', 'source', 'as_of'], rows: cells.map((c) => ({ ...c })) };
}
