/** The overview's downloads: their columns (datasets.md's names) and the rows behind each panel. */
import type { CoverageByModelRow, IndicatorRow, ModelsByProvinceRow } from '../../data/queries/overview.ts';
import { downloadOf } from '../../lib/download-columns.ts';
import type { DownloadRow } from '../../lib/download-table.ts';

/** Models deployed per province (the map and the ranking). */
export const PROVINCE_COUNTS_DOWNLOAD = downloadOf('province_code', 'name_vi', 'name_en', 'deployed', 'not_deployed', 'unknown', 'models');

/** The map's and the ranking's rows, in the order given. */
export const provinceCountRows = (rows: readonly ModelsByProvinceRow[]): DownloadRow[] => rows.map((r) => ({
  province_code: r.provinceCode, name_vi: r.nameVi, name_en: r.nameEn,
  deployed: r.deployed, not_deployed: r.notDeployed, unknown: r.unknown, models: r.models,
}));

/** Each model's coverage (the shape of models.csv, with the counts). */
export const MODEL_COUNTS_DOWNLOAD = downloadOf('model_no', 'group', 'name_vi', 'name_en', 'deployed', 'not_deployed', 'unknown');

/** The coverage chart's rows. */
export const modelCountRows = (rows: readonly CoverageByModelRow[]): DownloadRow[] => rows.map((r) => ({
  model_no: r.modelNo, group: r.group, name_vi: r.nameVi, name_en: r.nameEn, deployed: r.deployed, not_deployed: r.notDeployed, unknown: r.unknown,
}));

/** The national indicators (the shape of indicators.csv). */
export const INDICATORS_DOWNLOAD = downloadOf('indicator_id', 'theme', 'name_vi', 'name_en', 'value', 'unit', 'unit_en', 'as_of', 'source', 'quote');

/** The indicators' rows. */
export const indicatorRows = (rows: readonly IndicatorRow[]): DownloadRow[] => rows.map((r) => ({
  indicator_id: r.indicatorId, theme: r.theme, name_vi: r.nameVi, name_en: r.nameEn, value: r.value,
  unit: r.unit, unit_en: r.unitEn, as_of: r.asOf, source: r.source, quote: r.quote,
}));
