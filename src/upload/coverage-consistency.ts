/**
 * A coverage row's status must agree with its basis (datasets.md): deployed rests on a listing, a
 * mention in the text or a 63/63 report; not deployed on a complete list that does not name the
 * province; unknown on no list or an incomplete one. An upload that changes a status and leaves the
 * basis as it was has a new basis of its own, "from upload <file>" (the row's source becomes the
 * file); a row whose basis was written anew and contradicts its status is refused, naming both.
 */
import { basesOf } from '../domain/coverage.ts';
import type { Problem } from './problems.ts';
import type { CellTable } from './validate.ts';

/** What reconciling an uploaded coverage table with the loaded one did. */
export interface Reconciled {
  table: CellTable;
  /** Rows whose status changed under an unchanged basis: their basis is now `upload`. */
  rebased: number;
  /** Rows whose basis contradicts their status. */
  conflicts: Problem[];
}

/** Checks every status against its basis, giving changed statuses the basis `upload` where the file kept the old basis. */
export function reconcileCoverage(before: CellTable, after: CellTable, fileName: string): Reconciled {
  const col = (t: CellTable, c: string): number => t.columns.indexOf(c);
  const [bModel, bProvince, bStatus, bBasis] = ['model_no', 'province_code', 'status', 'basis'].map((c) => col(before, c));
  const [aModel, aProvince, aStatus, aBasis, aSource] = ['model_no', 'province_code', 'status', 'basis', 'source'].map((c) => col(after, c));
  const loaded = new Map(before.rows.map((r) => [`${r[bModel ?? -1]}\u0001${r[bProvince ?? -1]}`, r]));
  const conflicts: Problem[] = [];
  let rebased = 0;
  const rows = after.rows.map((r, i) => {
    const status = r[aStatus ?? -1] ?? '';
    const basis = aBasis === undefined || aBasis < 0 ? null : r[aBasis] ?? null;
    if (basis !== null && basesOf(status).some((b) => b === basis)) return r;
    const old = loaded.get(`${r[aModel ?? -1]}\u0001${r[aProvince ?? -1]}`);
    const oldStatus = old ? old[bStatus ?? -1] : undefined;
    const oldBasis = old ? old[bBasis ?? -1] ?? null : undefined;
    // No basis given, or the old basis kept under a new status: the file is what says so now.
    if (basis === null ? oldStatus !== status : (old !== undefined && basis === oldBasis && status !== oldStatus)) {
      rebased++;
      const next = [...r];
      if (aBasis !== undefined && aBasis >= 0) next[aBasis] = 'upload';
      if (aSource !== undefined && aSource >= 0) next[aSource] = fileName;
      return next;
    }
    if (basis === null) {
      const next = [...r];
      if (aBasis !== undefined && aBasis >= 0) next[aBasis] = oldBasis ?? 'upload';
      return next;
    }
    conflicts.push({ kind: 'status_basis_conflict', row: after.lines?.[i], column: 'basis', value: basis, detail: status });
    return r;
  });
  return { table: { ...after, rows }, rebased, conflicts };
}
