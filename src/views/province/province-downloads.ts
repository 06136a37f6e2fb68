/** The province list's download: its columns (datasets.md's names) and rows. */
import type { ProvinceListRow } from '../../data/queries/catalogue.ts';
import { downloadOf } from '../../lib/download-columns.ts';
import type { DownloadRow } from '../../lib/download-table.ts';

/** The 63 provinces with their counts (the shape of provinces.csv, with the counts). */
export const PROVINCE_LIST_DOWNLOAD = downloadOf('province_code', 'gso_code', 'name_vi', 'name_en', 'province_kind', 'region', 'deployed', 'unknown');

/** The province list's rows, in the order shown. */
export const provinceListRows = (rows: readonly ProvinceListRow[]): DownloadRow[] => rows.map((r) => ({
  province_code: r.provinceCode, gso_code: r.gsoCode, name_vi: r.nameVi, name_en: r.nameEn, kind: r.kind, region: r.region,
  deployed: r.deployed, unknown: r.unknown,
}));
