/**
 * Pure derivations of the data-quality view: filters from the URL, the discrepancies they keep,
 * counts per kind, the CSV rows, and the coverage cells per status and basis.
 */
import type { CoverageBasisRow, QualityRow } from '../../data/queries/quality.ts';
import { isCoverageStatus } from '../../domain/coverage.ts';
import { isOwnStatus } from '../../domain/status-agreement.ts';
import { provinceCodeOf } from '../../domain/province-names.ts';
import { downloadOf } from '../../lib/download-columns.ts';
import type { DownloadRow } from '../../lib/download-table.ts';

/** The filters of the view, as the URL holds them. */
export interface QualityFilters {
  kind: string | null;
  model: number | null;
  province: string | null;
}

/** Reads the filters from URL parameters: a model number, a province in any spelling (kept as its code), a kind. */
export function parseQualityFilters(params: Readonly<Record<string, string | undefined>>): QualityFilters {
  const no = params.model && /^\d+$/.test(params.model) ? Number(params.model) : NaN;
  const province = params.province ? provinceCodeOf(params.province) ?? null : null;
  return { kind: params.kind || null, model: Number.isSafeInteger(no) ? no : null, province };
}

/** Whether a discrepancy passes the filters, leaving out those named in `except`. */
export function passesQuality(row: QualityRow, f: QualityFilters, except: readonly (keyof QualityFilters)[] = []): boolean {
  if (!except.includes('kind') && f.kind && row.kind !== f.kind) return false;
  if (!except.includes('model') && f.model !== null && row.modelNo !== f.model) return false;
  if (!except.includes('province') && f.province && row.provinceCode !== f.province) return false;
  return true;
}

/** The discrepancies that pass every filter, in file order. */
export const filterDiscrepancies = (rows: readonly QualityRow[], f: QualityFilters): QualityRow[] => rows.filter((r) => passesQuality(r, f));

/** Every kind present in the data (first-seen order), with how many rows of it pass the other filters. */
export function kindCounts(rows: readonly QualityRow[], f: QualityFilters): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + (passesQuality(r, f, ['kind']) ? 1 : 0));
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

/** Counted minus stated, where the source states a figure and one was counted. */
export const difference = (row: Pick<QualityRow, 'stated' | 'counted'>): number | null =>
  row.stated === null || row.counted === null ? null : row.counted - row.stated;

/** The models and the provinces the discrepancies name, for the filter lists (sorted). */
export function concerned(rows: readonly QualityRow[]): { models: { no: number; nameVi: string; nameEn: string }[]; provinces: { code: string; nameVi: string; nameEn: string }[] } {
  const models = new Map<number, { no: number; nameVi: string; nameEn: string }>();
  const provinces = new Map<string, { code: string; nameVi: string; nameEn: string }>();
  for (const r of rows) {
    if (r.modelNo !== null) models.set(r.modelNo, { no: r.modelNo, nameVi: r.modelVi ?? '', nameEn: r.modelEn ?? '' });
    if (r.provinceCode) provinces.set(r.provinceCode, { code: r.provinceCode, nameVi: r.provinceVi ?? r.provinceCode, nameEn: r.provinceEn ?? r.provinceCode });
  }
  return {
    models: [...models.values()].sort((a, b) => a.no - b.no),
    provinces: [...provinces.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** The download of the discrepancies: the columns of discrepancies.csv, so the file has the table's shape. */
export const QUALITY_DOWNLOAD = downloadOf('discrepancy_kind', 'model_no', 'province_code', 'stated', 'counted', 'detail', 'detail_vi', 'source',
  'discrepancy_value', 'other_source', 'other_value');

/** The CSV rows of the discrepancies shown. */
export const qualityCsvRows = (rows: readonly QualityRow[]): DownloadRow[] => rows.map((r) => ({
  kind: r.kind, model_no: r.modelNo, province_code: r.provinceCode, stated: r.stated, counted: r.counted,
  detail: r.detail, detail_vi: r.detailVi, source: r.source, value: r.value, other_source: r.otherSource, other_value: r.otherValue,
}));

/** One source of a discrepancy as the view shows it: its file, its title in both languages, its as-of date, and its figure. */
export interface QualitySource {
  role: 'source' | 'other';
  file: string;
  titleVi: string | null;
  titleEn: string | null;
  asOf: string | null;
  value: string | null;
}

/** The sources of a discrepancy: the one it is about, and the one it disagrees with when there is one. */
export function sourcesOf(r: QualityRow): QualitySource[] {
  const own: QualitySource = { role: 'source', file: r.source, titleVi: r.sourceVi, titleEn: r.sourceEn, asOf: r.asOf, value: r.value };
  return r.otherSource === null ? [own]
    : [own, { role: 'other', file: r.otherSource, titleVi: r.otherSourceVi, titleEn: r.otherSourceEn, asOf: r.otherAsOf, value: r.otherValue }];
}

/** How a source's figure reads: a status code by its label (coverage or a province report's), a count as a number. */
export function figureKind(value: string): { kind: 'coverage' | 'report' | 'number' | 'text'; value: string } {
  if (isCoverageStatus(value)) return { kind: 'coverage', value };
  if (isOwnStatus(value)) return { kind: 'report', value };
  return /^\d+$/.test(value) ? { kind: 'number', value } : { kind: 'text', value };
}

/** Coverage cells per status (deployed, not deployed, unknown), with the total. */
export function statusTotals(rows: readonly CoverageBasisRow[]): { deployed: number; not_deployed: number; unknown: number; total: number } {
  const t = { deployed: 0, not_deployed: 0, unknown: 0, total: 0 };
  for (const r of rows) {
    if (r.status === 'deployed' || r.status === 'not_deployed' || r.status === 'unknown') t[r.status] += r.cells;
    t.total += r.cells;
  }
  return t;
}
