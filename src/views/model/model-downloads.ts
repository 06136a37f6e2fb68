/** The model views' downloads: their columns (datasets.md's names) and the rows behind each table. */
import type { ModelListRow } from '../../data/queries/catalogue.ts';
import type { ModelCoverageRow } from '../../data/queries/model.ts';
import { downloadOf } from '../../lib/download-columns.ts';
import type { DownloadRow } from '../../lib/download-table.ts';

/** The 44 models with their counts (the shape of models.csv, with the counts). */
export const MODEL_LIST_DOWNLOAD = downloadOf('model_no', 'group', 'name_vi', 'name_en', 'stated_count', 'deployed', 'not_deployed', 'unknown');

/** The model list's rows. */
export const modelListRows = (rows: readonly ModelListRow[]): DownloadRow[] => rows.map((r) => ({
  model_no: r.modelNo, group: r.group, name_vi: r.nameVi, name_en: r.nameEn, stated_count: r.statedCount,
  deployed: r.deployed, not_deployed: r.notDeployed, unknown: r.unknown,
}));

/** A model's map: the shape of coverage.csv, with the province's names. */
export const COVERAGE_DOWNLOAD = downloadOf('model_no', 'province_code', 'name_vi', 'name_en', 'status', 'basis', 'named_as', 'source', 'as_of');

/** The map's rows (the provinces shown), each with the model's number. */
export const coverageRows = (modelNo: number, rows: readonly ModelCoverageRow[]): DownloadRow[] => rows.map((r) => ({
  model_no: modelNo, province_code: r.provinceCode, name_vi: r.nameVi, name_en: r.nameEn, status: r.status, basis: r.basis,
  named_as: r.namedAs, source: r.source, as_of: r.asOf,
}));
