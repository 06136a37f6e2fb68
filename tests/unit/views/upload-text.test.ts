import { describe, expect, it } from 'vitest';
import type { Problem, ProblemKind } from '../../../src/upload/problems.ts';
import { byModel, changeFills, unitChangeFills } from '../../../src/views/data/coverage-changes.ts';
import { problemText, whereText } from '../../../src/views/data/problem-text.ts';
import { UPLOAD } from '../../../src/views/data/upload-messages.ts';

const KINDS: ProblemKind[] = ['too_large', 'empty_file', 'header_only', 'binary_file', 'old_excel', 'xlsx_invalid', 'xlsx_too_large', 'xlsx_no_sheet',
  'too_many_columns', 'too_many_rows', 'unterminated_quote', 'unknown_table', 'missing_column', 'duplicate_column', 'unnamed_column', 'extra_cells',
  'cell_too_long', 'required', 'not_integer', 'not_number', 'ambiguous_number', 'not_date', 'out_of_range', 'out_of_domain', 'unknown_province', 'not_allowed', 'duplicate_key',
  'xlsx_too_many_entries', 'sheet_too_large', 'formula_without_value', 'unknown_column', 'control_character'];

describe('problem wording', () => {
  it.each(KINDS)('%s reads in both languages, differently, with no gap', (kind) => {
    const p: Problem = { kind, row: 3, column: 'c', value: '7', detail: '5', related: 2 };
    const vi = problemText(UPLOAD.vi, 'vi', p);
    const en = problemText(UPLOAD.en, 'en', p);
    for (const text of [vi, en]) expect(text).not.toMatch(/undefined|NaN|\[object/);
    expect(vi).not.toBe(en);
  });

  it('names file, row, column and value', () => {
    const p: Problem = { kind: 'unknown_province', row: 3, column: 'province_code', value: 'Bình Địnhh', detail: 'VN-31' };
    expect(`${whereText(UPLOAD.en, 'f.csv', p)} — ${problemText(UPLOAD.en, 'en', p)}`)
      .toBe('f.csv · row 3 · column “province_code” · value “Bình Địnhh” — Unknown province. Did you mean “Binh Dinh (VN-31)”?');
    expect(whereText(UPLOAD.vi, 'f.csv', { kind: 'required', row: 4, column: 'status', value: '' })).toBe('f.csv · dòng 4 · cột “status” · ô trống');
    expect(problemText(UPLOAD.vi, 'vi', { kind: 'too_large', value: String(200 * 1048576), detail: String(100 * 1048576) })).toBe('Tệp nặng 200 MB, vượt giới hạn 100 MB.');
  });
});

describe('coverage changes', () => {
  const changes = [
    { modelNo: 13, provinceCode: 'VN-31', before: 'not_deployed', after: 'deployed' },
    { modelNo: 2, provinceCode: 'VN-HN', before: 'unknown', after: 'deployed' },
    { modelNo: 13, provinceCode: 'VN-SG', before: 'deployed', after: 'unknown' },
  ];
  it('groups by model, most changes first', () => expect(byModel(changes).map((g) => [g.modelNo, g.changes.length])).toEqual([[13, 2], [2, 1]]));
  it('fills changed provinces by their new status, the rest pale', () => {
    const fills = changeFills(['VN-31', 'VN-SG', 'VN-HN'], byModel(changes)[0]?.changes ?? []);
    expect([...fills].map(([c, f]) => [c, f.status])).toEqual([['VN-31', 'to-deployed'], ['VN-SG', 'to-unknown'], ['VN-HN', 'unchanged']]);
  });
  it('on the 34 units: a unit takes its changed members’ new status, "mixed" when they differ, pale when none changed', () => {
    // Bình Định (VN-31) is in Gia Lai's unit (VN-30); Hồ Chí Minh City's unit also holds Bình Dương (VN-57).
    const fills = unitChangeFills([
      ...changes,
      { modelNo: 13, provinceCode: 'VN-57', before: 'unknown', after: 'deployed' },
    ]);
    expect(fills.size).toBe(34);
    expect(fills.get('VN-30')?.status).toBe('to-deployed');
    expect(fills.get('VN-SG')?.status).toBe('to-mixed');
    expect(fills.get('VN-HN')?.status).toBe('to-deployed');
    expect(fills.get('VN-CT')?.status).toBe('unchanged');
  });
});
