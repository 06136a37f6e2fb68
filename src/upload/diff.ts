/**
 * What applying a table would change: rows added, removed and changed (matched by the table's
 * key, or as whole rows when it has none), and for coverage which provinces change status for
 * which model. A province tracking sheet (province_models) replaces only its provinces' rows.
 */
import type { TableSchema } from '../data/schema.ts';
import type { CellTable } from './validate.ts';

/** One changed cell. */
export interface CellChange {
  column: string;
  before: string | null;
  after: string | null;
}

/** One row added, removed or changed, named by its key (or its whole content when there is no key). */
export interface RowChange {
  kind: 'added' | 'removed' | 'changed';
  key: string;
  cells: CellChange[];
}

/** A coverage cell whose status changes. */
export interface StatusChange {
  modelNo: number;
  provinceCode: string;
  before: string | null;
  after: string | null;
}

/** The difference between the loaded table and the one uploaded. */
export interface TableDiff {
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
  /** The first changes, for the preview. */
  samples: RowChange[];
  /** Coverage only: every status change. */
  statusChanges: StatusChange[];
}

/** Rows of DuckDB (plain objects) as a cell table with canonical text values. */
export function cellTableOf(rows: readonly Record<string, unknown>[], columns: readonly string[]): CellTable {
  return { columns: [...columns], rows: rows.map((r) => columns.map((c) => canonical(r[c]))) };
}

const canonical = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The table to load for a province tracking sheet: the loaded rows of other provinces, then the
 * sheet's rows. A column the sheet lacks keeps its loaded value where province and model match.
 */
export function mergeByProvince(before: CellTable, sheet: CellTable): CellTable {
  const at = (t: CellTable, c: string): number => t.columns.indexOf(c);
  const key = (t: CellTable, r: readonly (string | null)[]): string => `${r[at(t, 'province_code')]}\u0001${r[at(t, 'model_no')]}`;
  const provinces = new Set(sheet.rows.map((r) => r[at(sheet, 'province_code')]));
  const fromBefore = (r: readonly (string | null)[]) => (c: string): string | null => {
    const j = at(before, c);
    return j < 0 ? null : (r[j] ?? null);
  };
  const kept = before.rows.filter((r) => !provinces.has(r[at(before, 'province_code')] ?? null)).map((r) => sheet.columns.map(fromBefore(r)));
  const old = new Map(before.rows.map((r) => [key(before, r), r]));
  const absent = new Set(sheet.absent ?? []);
  const rows = sheet.rows.map((r) => {
    const match = old.get(key(sheet, r));
    if (!match || absent.size === 0) return r;
    const get = fromBefore(match);
    return sheet.columns.map((c, i) => (absent.has(c) ? get(c) : (r[i] ?? null)));
  });
  return { columns: sheet.columns, rows: [...kept, ...rows] };
}

const SAMPLES = 200;

/** The difference between `before` and `after` for a table. */
export function diffTables(schema: TableSchema, before: CellTable, after: CellTable): TableDiff {
  const columns = [...new Set([...after.columns, ...before.columns])];
  const pick = (t: CellTable) => (row: (string | null)[]) => columns.map((c) => {
    const j = t.columns.indexOf(c);
    return j < 0 ? null : (row[j] ?? null);
  });
  const b = before.rows.map(pick(before));
  const a = after.rows.map(pick(after));
  const keyIdx = schema.key.length > 0 ? schema.key.map((k) => columns.indexOf(k)) : columns.map((_, i) => i);
  const keyOf = (row: (string | null)[]): string => keyIdx.map((i) => row[i] ?? '').join(', ');
  const diff: TableDiff = { added: 0, removed: 0, changed: 0, unchanged: 0, samples: [], statusChanges: [] };
  const sample = (c: RowChange): void => { if (diff.samples.length < SAMPLES) diff.samples.push(c); };

  // Rows of the same key are paired in order (a table without a key pairs identical rows).
  const pending = new Map<string, (string | null)[][]>();
  for (const row of b) {
    const k = keyOf(row);
    pending.set(k, [...(pending.get(k) ?? []), row]);
  }
  const status = schema.name === 'coverage' ? columns.indexOf('status') : -1;
  for (const row of a) {
    const k = keyOf(row);
    const old = pending.get(k)?.shift();
    if (!old) {
      diff.added++;
      sample({ kind: 'added', key: k, cells: columns.map((c, i) => ({ column: c, before: null, after: row[i] ?? null })).filter((x) => x.after !== null) });
      if (status >= 0) diff.statusChanges.push(statusChange(columns, row, null));
      continue;
    }
    const cells = columns.flatMap((c, i) => (old[i] === row[i] ? [] : [{ column: c, before: old[i] ?? null, after: row[i] ?? null }]));
    if (cells.length === 0) { diff.unchanged++; continue; }
    diff.changed++;
    sample({ kind: 'changed', key: k, cells });
    if (status >= 0 && old[status] !== row[status]) diff.statusChanges.push(statusChange(columns, row, old[status] ?? null));
  }
  for (const [k, rows] of pending) {
    for (const row of rows) {
      diff.removed++;
      sample({ kind: 'removed', key: k, cells: columns.map((c, i) => ({ column: c, before: row[i] ?? null, after: null })).filter((x) => x.before !== null) });
      if (status >= 0) diff.statusChanges.push({ ...statusChange(columns, row, row[status] ?? null), after: null });
    }
  }
  diff.statusChanges.sort((x, y) => x.modelNo - y.modelNo || x.provinceCode.localeCompare(y.provinceCode));
  return diff;
}

function statusChange(columns: readonly string[], row: readonly (string | null)[], before: string | null): StatusChange {
  const at = (c: string): string | null => row[columns.indexOf(c)] ?? null;
  return { modelNo: Number(at('model_no')), provinceCode: at('province_code') ?? '', before, after: at('status') };
}
