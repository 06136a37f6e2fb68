/**
 * The matrix as Excel users read it: one row per model, one column per province, in the matrix's
 * orders. (Plain code, not Arquero's pivot: Arquero compiles its expressions with `new Function`,
 * which the app's strict Content-Security-Policy forbids.)
 */
import type { MatrixCellRow } from '../../data/queries/overview.ts';
import { column, downloadOf } from '../../lib/download-columns.ts';
import type { DownloadRow, DownloadTable } from '../../lib/download-table.ts';

/** A province or a model with its names. */
interface Named { nameVi: string; nameEn: string }

/**
 * The matrix's download: model number and names, then one column per province (its code as the CSV
 * header, its name as the XLSX header) holding the cell's status.
 */
export function matrixDownload(
  cells: readonly MatrixCellRow[], provinces: readonly (Named & { provinceCode: string })[], models: readonly (Named & { modelNo: number })[],
): { table: DownloadTable; rows: DownloadRow[] } {
  const status = column('status');
  const table: DownloadTable = {
    columns: [
      ...downloadOf('model_no', 'model_name_vi', 'model_name_en').columns,
      ...provinces.map((p) => ({ ...status, key: p.provinceCode, label: { vi: p.nameVi, en: p.nameEn } })),
    ],
  };
  const byModel = new Map<number, Record<string, string | number>>();
  for (const m of [...models].sort((a, b) => a.modelNo - b.modelNo)) {
    byModel.set(m.modelNo, { model_no: m.modelNo, model_name_vi: m.nameVi, model_name_en: m.nameEn });
  }
  for (const c of cells) {
    const row = byModel.get(c.modelNo);
    if (row) row[c.provinceCode] = c.status;
  }
  return { table, rows: [...byModel.values()] };
}
