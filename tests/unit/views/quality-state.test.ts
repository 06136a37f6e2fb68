import { describe, expect, it } from 'vitest';
import type { CoverageBasisRow, QualityRow } from '../../../src/data/queries/quality.ts';
import {
  concerned, difference, figureKind, filterDiscrepancies, kindCounts, parseQualityFilters, qualityCsvRows, sourcesOf, statusTotals, type QualityFilters,
} from '../../../src/views/quality/quality-state.ts';

const r = (rowNo: number, kind: string, modelNo: number | null, provinceCode: string | null, stated: number | null, counted: number | null): QualityRow => ({
  rowNo, kind, modelNo, modelVi: modelNo ? `Mô hình ${modelNo}` : null, modelEn: modelNo ? `Model ${modelNo}` : null,
  provinceCode, provinceVi: provinceCode === 'VN-39' ? 'Đồng Nai' : provinceCode === 'VN-31' ? 'Bình Định' : null,
  provinceEn: provinceCode === 'VN-39' ? 'Dong Nai' : provinceCode === 'VN-31' ? 'Binh Dinh' : null,
  stated, counted, detail: `detail ${rowNo}`, detailVi: `chi tiết ${rowNo}`, source: '000.txt', sourceVi: 'Phụ lục 04', sourceEn: 'Appendix 04', asOf: '2024-06-19',
  value: null, otherSource: null, otherSourceVi: null, otherSourceEn: null, otherValue: null, otherAsOf: null, recomputed: false,
});

// Shaped like discrepancies.csv: a model-only row, a model+province row, a province-only row, a whole-report row.
const ROWS: QualityRow[] = [
  r(1, 'stated_vs_listed', 14, null, 26, 27),
  r(2, 'repeated_name', 14, 'VN-39', null, 2),
  r(3, 'stated_vs_listed', 17, null, 50, 49),
  r(4, 'summary_vs_rows', null, 'VN-31', 14, 12),
  r(5, 'group_count', null, null, 16, 18),
  r(6, 'no_list', 7, null, null, 0),
];
const none: QualityFilters = { kind: null, model: null, province: null };

describe('quality filters from the URL', () => {
  it.each([
    [{}, none],
    [{ model: '13' }, { ...none, model: 13 }],
    [{ model: 'x' }, none],
    [{ province: 'VN-31' }, { ...none, province: 'VN-31' }],
    [{ province: 'Bình Định' }, { ...none, province: 'VN-31' }],
    [{ province: 'Atlantis' }, none],
    [{ kind: 'no_list' }, { ...none, kind: 'no_list' }],
  ])('%j → %j', (params, expected) => expect(parseQualityFilters(params)).toEqual(expected));
});

describe('filtering discrepancies', () => {
  it.each([
    ['none', none, [1, 2, 3, 4, 5, 6]],
    ['model 14', { ...none, model: 14 }, [1, 2]],
    ['a model with none', { ...none, model: 5 }, []],
    ['a province', { ...none, province: 'VN-31' }, [4]],
    ['Đồng Nai (named in a model row)', { ...none, province: 'VN-39' }, [2]],
    ['a kind', { ...none, kind: 'stated_vs_listed' }, [1, 3]],
    ['kind and model', { ...none, kind: 'stated_vs_listed', model: 14 }, [1]],
  ])('%s', (_name, filters, expected) => expect(filterDiscrepancies(ROWS, filters).map((x) => x.rowNo)).toEqual(expected));

  it('counts every kind present, under the other filters, in first-seen order', () => {
    expect(kindCounts(ROWS, none)).toEqual([
      { kind: 'stated_vs_listed', count: 2 }, { kind: 'repeated_name', count: 1 }, { kind: 'summary_vs_rows', count: 1 },
      { kind: 'group_count', count: 1 }, { kind: 'no_list', count: 1 },
    ]);
    expect(kindCounts(ROWS, { kind: 'no_list', model: 14, province: null })).toEqual([
      { kind: 'stated_vs_listed', count: 1 }, { kind: 'repeated_name', count: 1 }, { kind: 'summary_vs_rows', count: 0 },
      { kind: 'group_count', count: 0 }, { kind: 'no_list', count: 0 },
    ]);
  });
});

describe('figures', () => {
  it.each([
    [26, 27, 1], [50, 49, -1], [null, 2, null], [14, null, null], [0, 9, 9],
  ])('stated %j, counted %j → difference %j', (stated, counted, expected) => expect(difference({ stated, counted })).toBe(expected));

  it('lists the models and provinces concerned, sorted', () => {
    const c = concerned(ROWS);
    expect(c.models.map((x) => x.no)).toEqual([7, 14, 17]);
    expect(c.provinces).toEqual([{ code: 'VN-31', nameVi: 'Bình Định', nameEn: 'Binh Dinh' }, { code: 'VN-39', nameVi: 'Đồng Nai', nameEn: 'Dong Nai' }]);
  });

  it('writes CSV rows with the columns of discrepancies.csv', () => {
    expect(qualityCsvRows([ROWS[1]!])).toEqual([{
      kind: 'repeated_name', model_no: 14, province_code: 'VN-39', stated: null, counted: 2, detail: 'detail 2', detail_vi: 'chi tiết 2', source: '000.txt',
      value: null, other_source: null, other_value: null,
    }]);
  });

  it('adds coverage cells up per status', () => {
    const rows: CoverageBasisRow[] = [
      { status: 'deployed', basis: 'listed', cells: 1248, models: 30 }, { status: 'deployed', basis: 'all_provinces', cells: 630, models: 10 },
      { status: 'not_deployed', basis: 'not_listed', cells: 446, models: 22 }, { status: 'unknown', basis: 'list_incomplete', cells: 318, models: 10 },
      { status: 'unknown', basis: 'no_list', cells: 126, models: 2 },
    ];
    expect(statusTotals(rows)).toEqual({ deployed: 1878, not_deployed: 446, unknown: 444, total: 2768 });
  });
});

describe('a discrepancy between two sources', () => {
  const cross: QualityRow = {
    ...r(7, 'cross_source_status', 10, 'VN-31', null, null),
    value: 'deployed', otherSource: '003.txt', otherSourceVi: 'Báo cáo Bình Định', otherSourceEn: 'Bình Định report', otherValue: 'not_started', otherAsOf: '2024-11-15',
  };

  it('shows both sources with their human names, dates and figures', () => {
    expect(sourcesOf(cross)).toEqual([
      { role: 'source', file: '000.txt', titleVi: 'Phụ lục 04', titleEn: 'Appendix 04', asOf: '2024-06-19', value: 'deployed' },
      { role: 'other', file: '003.txt', titleVi: 'Báo cáo Bình Định', titleEn: 'Bình Định report', asOf: '2024-11-15', value: 'not_started' },
    ]);
    expect(sourcesOf(ROWS[0]!).map((s) => s.role)).toEqual(['source']);
  });

  it('writes both figures into the CSV', () => {
    expect(qualityCsvRows([cross])[0]).toMatchObject({ source: '000.txt', value: 'deployed', other_source: '003.txt', other_value: 'not_started' });
  });

  it.each([
    ['deployed', 'coverage'], ['unknown', 'coverage'], ['waiting', 'report'], ['unclear', 'report'], ['10', 'number'], ['Quý V/2024', 'text'],
  ])('reads the figure %s as a %s', (value, kind) => expect(figureKind(value)).toEqual({ kind, value }));
});
