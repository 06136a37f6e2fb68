/**
 * The matrix as Excel users read it: one row per model, one column per province. (Plain code, not
 * Arquero's pivot: Arquero compiles its expressions with `new Function`, which the app's strict
 * Content-Security-Policy forbids.)
 */
import type { MatrixCellRow } from '../../data/queries/overview.ts';

/** Pivots the long cells (model, province, status) into model rows × province columns, in the matrix's orders. */
export function matrixWide(cells: readonly MatrixCellRow[], provinceOrder: readonly string[], modelNames: ReadonlyMap<number, string>): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
  const byModel = new Map<number, Record<string, unknown>>();
  for (const c of cells) {
    const row = byModel.get(c.modelNo) ?? { model: c.modelNo, name: modelNames.get(c.modelNo) ?? '' };
    row[c.provinceCode] = c.status;
    byModel.set(c.modelNo, row);
  }
  const rows = [...byModel.values()].sort((a, b) => Number(a.model) - Number(b.model));
  return Promise.resolve({ columns: ['model', 'name', ...provinceOrder], rows });
}
