import { describe, expect, it } from 'vitest';
import { TABLE_BY_NAME } from '../../../src/data/schema.ts';
import { FileRefused } from '../../../src/upload/problems.ts';
import { columnLetter, validateTable } from '../../../src/upload/validate.ts';

const coverage = TABLE_BY_NAME.get('coverage')!;

describe('validateTable', () => {
  it('puts columns in schema order, extra columns last, absent ones empty', () => {
    const v = validateTable(coverage, ['status', 'Ghi chú', 'province_code', 'model_no'], [['deployed', 'x', 'VN-31', '13']]);
    expect(v.table.columns).toEqual(['model_no', 'province_code', 'status', 'basis', 'named_as', 'source', 'as_of', 'ghi_chú']);
    expect(v.table.rows).toEqual([['13', 'VN-31', 'deployed', null, null, null, null, 'x']]);
    expect(v.table.absent).toEqual(['basis', 'named_as', 'source', 'as_of']);
    expect(v.notes.map((n) => n.kind).sort()).toEqual(['extra_column', 'missing_optional']);
  });

  it('lists every problem, with the spreadsheet row', () => {
    const v = validateTable(coverage, ['model_no', 'province_code', 'status'], [
      ['45', 'VN-31', 'deployed'], ['', '', ''], ['13', 'Atlantis', 'maybe'], ['13', 'VN-31', ''], ['13', 'Bình Định', 'deployed'],
    ], 3);
    expect(v.problems.items.map((p) => [p.kind, p.row, p.column])).toEqual([
      ['out_of_range', 4, 'model_no'], ['unknown_province', 6, 'province_code'], ['not_allowed', 6, 'status'],
      ['required', 7, 'status'], ['duplicate_key', 8, 'model_no, province_code'],
    ]);
    expect(v.problems.items.at(-1)?.related).toBe(7);
  });

  it('header problems: a repeated column, and an unnamed column with data (an empty one is dropped)', () => {
    const v = validateTable(coverage, ['model_no', 'province_code', 'status', 'Status', '', ''], [['1', 'VN-31', 'deployed', 'x', '', 'y']]);
    expect(v.problems.items.map((p) => [p.kind, p.column])).toEqual([['duplicate_column', 'Status'], ['unnamed_column', 'F']]);
  });

  it('a row longer than the header, and a file with no data rows', () => {
    expect(validateTable(coverage, ['model_no', 'province_code', 'status'], [['1', 'VN-31', 'deployed', 'extra']]).problems.items[0]?.kind).toBe('extra_cells');
    expect(validateTable(coverage, ['model_no', 'province_code', 'status'], [[''], ['', '']]).problems.items).toEqual([{ kind: 'header_only', row: 1 }]);
  });

  it('caps the listed problems and counts the rest', () => {
    const rows = Array.from({ length: 1500 }, () => ['99', 'VN-31', 'deployed']);
    const v = validateTable(coverage, ['model_no', 'province_code', 'status'], rows);
    expect(v.problems.items).toHaveLength(1000);
    expect(v.problems.total).toBe(1500);
  });

  it('refuses a table over the column limit', () => {
    expect(() => validateTable(coverage, Array.from({ length: 101 }, (_, i) => `c${i}`), [])).toThrow(FileRefused);
  });

  it('column letters', () => expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']));

  it("difficulties: nature is optional (absent, every sentence is a difficulty) and, when given, difficulty or progress", () => {
    const difficulties = TABLE_BY_NAME.get('difficulties')!;
    const without = validateTable(difficulties, ['difficulty_id', 'model_no', 'category', 'text'], [['u-1', '13', 'finance', 'Thiếu kinh phí']]);
    expect(without.problems.items).toEqual([]);
    expect(without.table.absent).toContain('nature');
    const typo = validateTable(difficulties, ['difficulty_id', 'model_no', 'category', 'nature', 'text'], [['u-1', '13', 'finance', 'progres', 'Đã triển khai']]);
    expect(typo.problems.items.map((p) => [p.kind, p.column, p.value])).toEqual([['not_allowed', 'nature', 'progres']]);
  });
});
