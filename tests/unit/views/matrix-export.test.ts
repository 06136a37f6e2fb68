import { describe, expect, it } from 'vitest';
import { downloadCsv, sheetPlan } from '../../../src/lib/download-table.ts';
import { matrixDownload } from '../../../src/views/overview/matrix-export.ts';

describe('the matrix download', () => {
  const cells = [
    { modelNo: 2, provinceCode: 'VN-HN', status: 'unknown', basis: 'no_list' },
    { modelNo: 1, provinceCode: 'VN-SG', status: 'deployed', basis: 'listed' },
    { modelNo: 1, provinceCode: 'VN-HN', status: 'not_deployed', basis: 'not_listed' },
    { modelNo: 2, provinceCode: 'VN-SG', status: 'deployed', basis: 'listed' },
  ];
  const provinces = [{ provinceCode: 'VN-SG', nameVi: 'TP. Hồ Chí Minh', nameEn: 'Ho Chi Minh City' }, { provinceCode: 'VN-HN', nameVi: 'Hà Nội', nameEn: 'Hanoi' }];
  const models = [{ modelNo: 2, nameVi: 'Hai', nameEn: 'Two' }, { modelNo: 1, nameVi: 'Một', nameEn: 'One' }];
  const { table, rows } = matrixDownload(cells, provinces, models);

  it('pivots cells into one row per model and one column per province, in the given order', () => {
    expect(table.columns.map((c) => c.key)).toEqual(['model_no', 'model_name_vi', 'model_name_en', 'VN-SG', 'VN-HN']);
    expect(rows.map((r) => table.columns.map((c) => r[c.key]))).toEqual([[1, 'Một', 'One', 'deployed', 'not_deployed'], [2, 'Hai', 'Two', 'deployed', 'unknown']]);
  });

  it('keeps codes in the CSV and shows province names and status labels in the sheet', () => {
    expect(downloadCsv(table, rows).split('\r\n')[1]).toBe('1,Một,One,deployed,not_deployed');
    const sheet = sheetPlan(table, rows, 'en');
    expect(sheet.header.slice(3)).toEqual(['Ho Chi Minh City', 'Hanoi']);
    expect(sheet.rows[1]?.slice(3)).toEqual([{ type: 'text', value: 'Deployed', wrap: false }, { type: 'text', value: 'Not reported (unknown)', wrap: false }]);
  });
});
