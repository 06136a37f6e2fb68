/** sources.csv, provinces.csv, province_aliases.csv, units_2025.csv and model_steps.csv. */
import { model2024Of2023 } from '../../../domain/crosswalk.ts';
import { foldProvinceName } from '../../../domain/province-names.ts';
import { PROVINCES, REGIONS, UNITS_2025 } from '../../../domain/provinces.ts';
import type { Table } from '../csv.ts';
import type { Model001 } from '../report-001/parse.ts';
import { SOURCE, SOURCES, asOfOf } from '../sources.ts';
import type { ModelCoverage } from './models-coverage.ts';

/** sources.csv */
export const sourcesTable = (): Table => ({
  columns: ['source', 'title_vi', 'title_en', 'short_vi', 'short_en', 'issuer', 'date', 'as_of', 'as_of_basis'],
  rows: SOURCES.map((s) => ({ ...s })),
});

/** provinces.csv */
export const provincesTable = (): Table => ({
  columns: ['province_code', 'gso_code', 'name_vi', 'name_en', 'kind', 'region', 'region_vi', 'region_en', 'unit_2025'],
  rows: PROVINCES.map((p) => ({
    province_code: p.code, gso_code: p.gso, name_vi: p.nameVi, name_en: p.nameEn, kind: p.kind,
    region: p.region, region_vi: REGIONS[p.region].vi, region_en: REGIONS[p.region].en, unit_2025: p.unit2025,
  })),
});

/** units_2025.csv */
export const unitsTable = (): Table => ({
  columns: ['unit_code', 'name_vi', 'name_en', 'kind', 'seat_province_code', 'member_count'],
  rows: UNITS_2025.map((u) => ({
    unit_code: u.code, name_vi: u.nameVi, name_en: u.nameEn, kind: u.kind, seat_province_code: u.seat,
    member_count: PROVINCES.filter((p) => p.unit2025 === u.code).length,
  })),
});

const unaccented = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
const oldTones = (s: string): string => s.replace(/òa/g, 'oà').replace(/óa/g, 'oá').replace(/ủy/g, 'uỷ');

/** province_aliases.csv: the canonical names, their usual variants, and every spelling met in the sources. */
export function aliasesTable(coverages: readonly ModelCoverage[]): Table {
  const rows = new Map<string, { alias: string; province_code: string; form: string; seen_in: string | null }>();
  const add = (alias: string, code: string, form: string, seenIn: string | null = null): void => {
    const a = alias.normalize('NFC').replace(/\s+/g, ' ').trim();
    const prior = rows.get(a);
    if (prior && prior.province_code !== code) throw new Error(`alias "${a}" names two provinces`);
    if (!prior) rows.set(a, { alias: a, province_code: code, form, seen_in: seenIn });
    else if (seenIn && !prior.seen_in) prior.seen_in = seenIn;
  };
  for (const p of PROVINCES) {
    const prefixes = p.kind === 'city' ? ['Thành phố', 'TP.', 'TP'] : ['Tỉnh'];
    for (const name of new Set([p.nameVi, oldTones(p.nameVi)])) {
      add(name, p.code, name === p.nameVi ? 'canonical' : 'old_tone_marks');
      for (const prefix of prefixes) add(`${prefix} ${name}`, p.code, 'prefixed');
    }
    add(unaccented(p.nameVi), p.code, 'unaccented');
    add(p.nameEn, p.code, 'english');
  }
  for (const c of coverages) {
    for (const named of [...(c.model.list ?? []), ...c.model.namedInText]) add(named.raw, named.code, 'source_spelling', SOURCE.national2024);
  }
  for (const r of rows.values()) if (foldProvinceName(r.alias) === '') throw new Error(`empty alias for ${r.province_code}`);
  return {
    columns: ['alias', 'province_code', 'form', 'seen_in'],
    rows: [...rows.values()].sort((a, b) => a.province_code.localeCompare(b.province_code) || a.alias.localeCompare(b.alias, 'vi')),
  };
}

/** model_steps.csv: the implementation steps report 001 gives per 2023 model, keyed by the 2024 number. */
export function stepsTable(models: readonly Model001[]): Table {
  const source = SOURCE.reference2023;
  return {
    columns: ['model_no', 'model_no_2023', 'step_no', 'text', 'source', 'as_of'],
    rows: models.flatMap((m) => m.steps.map((s) => ({
      model_no: model2024Of2023(m.no2023), model_no_2023: m.no2023, step_no: s.stepNo, text: s.text, source, as_of: asOfOf(source),
    }))),
  };
}
