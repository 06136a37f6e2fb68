/**
 * Pure derivations of a comparison with an earlier edition (`?compare=<date>`): counts of each
 * change, the changes of each province (for a map's outlines) and of each model or province (for
 * the lists' column), the map's fills with their changes, and the download of the changed rows.
 */
import type { ChangeRow } from '../data/queries/changes.ts';
import { CHANGE_KINDS, type ChangeKind } from '../domain/changes.ts';
import { downloadOf } from '../lib/download-columns.ts';
import type { DownloadRow } from '../lib/download-table.ts';
import type { ProvinceFill } from '../map/fill.ts';

/** How many rows changed in each way (every kind present, zero when none). */
export type ChangeCounts = Record<ChangeKind, number>;

const isKind = (k: string): k is ChangeKind => (CHANGE_KINDS as readonly string[]).includes(k);

/** Counts of each kind of change. */
export function changeCounts(rows: readonly Pick<ChangeRow, 'change'>[]): ChangeCounts {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as ChangeCounts;
  for (const r of rows) if (isKind(r.change)) counts[r.change] += 1;
  return counts;
}

/** The total of the counts. */
export const totalChanges = (counts: ChangeCounts): number => CHANGE_KINDS.reduce((s, k) => s + counts[k], 0);

/** The kinds of change of each key (a province, a model), space-separated in the order of CHANGE_KINDS: the value of `data-change`. */
export function changesBy<K>(rows: readonly ChangeRow[], key: (r: ChangeRow) => K): Map<K, string> {
  const kinds = new Map<K, Set<string>>();
  for (const r of rows) {
    const set = kinds.get(key(r)) ?? new Set<string>();
    set.add(r.change);
    kinds.set(key(r), set);
  }
  return new Map([...kinds].map(([k, set]) => [k, CHANGE_KINDS.filter((c) => set.has(c)).join(' ')]));
}

/** The counts of change of each key (a province, a model), for a list's column. */
export function countsBy<K>(rows: readonly ChangeRow[], key: (r: ChangeRow) => K): Map<K, ChangeCounts> {
  const groups = new Map<K, ChangeRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return new Map([...groups].map(([k, list]) => [k, changeCounts(list)]));
}

/** How many shapes show each kind of change (a shape may show several), from `changesBy`. */
export function shapeCounts(changes: ReadonlyMap<string, string>): ChangeCounts {
  return changeCounts([...changes.values()].flatMap((kinds) => kinds.split(' ').map((change) => ({ change }))));
}

/** A map's fills with each changed shape's kinds of change (`data-change`, and its outline). */
export function withChanges(fills: ReadonlyMap<string, ProvinceFill>, changes: ReadonlyMap<string, string>): Map<string, ProvinceFill> {
  return new Map([...fills].map(([code, fill]) => [code, changes.has(code) ? { ...fill, change: changes.get(code) } : fill]));
}

/** A line of counts: "2 newly deployed · 1 no longer deployed", the kinds with none left out; '' for none. */
export function countsLine(counts: ChangeCounts, label: (kind: ChangeKind) => string, n: (x: number) => string): string {
  return CHANGE_KINDS.filter((k) => counts[k] > 0).map((k) => `${n(counts[k])} ${label(k).toLowerCase()}`).join(' · ');
}

/** The download of the changed rows: both editions' status, source and date. */
export const CHANGE_DOWNLOAD = downloadOf(
  'model_no', 'model_name_vi', 'model_name_en', 'province_code', 'name_vi', 'name_en', 'status_before', 'status_after', 'change',
  'source', 'as_of', 'source_before', 'as_of_before',
);

/** The changed rows as download rows. */
export const changeDownloadRows = (rows: readonly ChangeRow[]): DownloadRow[] => rows.map((r) => ({
  model_no: r.modelNo, model_name_vi: r.modelVi, model_name_en: r.modelEn, province_code: r.provinceCode, name_vi: r.nameVi, name_en: r.nameEn,
  before: r.before, after: r.after, change: r.change, source: r.source, as_of: r.asOf, before_source: r.beforeSource, before_as_of: r.beforeAsOf,
}));
