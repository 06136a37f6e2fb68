/** The matrix as Excel users read it: one row per model, one column per province (Arquero's pivot). */
import type { MatrixCellRow } from '../../data/queries/overview.ts';

/** Pivots the long cells (model, province, status) into model rows × province columns, in the matrix's orders. */
export async function matrixWide(cells: readonly MatrixCellRow[], provinceOrder: readonly string[], modelNames: ReadonlyMap<number, string>): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
  const aq = await import('arquero');  // loaded only when someone downloads
  const wide = aq.from(cells as MatrixCellRow[]).groupby('modelNo').pivot('provinceCode', 'status').orderby('modelNo');
  const rows = (wide.objects() as Record<string, unknown>[]).map((r) => ({ model: r.modelNo, name: modelNames.get(Number(r.modelNo)) ?? '', ...r }));
  return { columns: ['model', 'name', ...provinceOrder], rows };
}
