import { describe, expect, it } from 'vitest';
import type { LateModelRow } from '../../../src/data/queries/late-models.ts';
import { deadlineSummary, LATE_DOWNLOAD, lateCsvRows } from '../../../src/views/province/late-models-state.ts';

describe("a province's deadlines in a line", () => {
  it('adds the dated kinds together and lists each kind with no date, an unstated deadline included', () => {
    expect(deadlineSummary([
      { kind: 'ongoing', models: 18, late: 0 }, { kind: 'roadmap', models: 13, late: 0 },
      { kind: 'quarter_end', models: 9, late: 6 }, { kind: 'year_end', models: 2, late: 1 }, { kind: null, models: 1, late: 0 },
    ])).toEqual({ models: 43, dated: 11, late: 7, undated: [{ kind: 'ongoing', models: 18 }, { kind: 'roadmap', models: 13 }, { kind: null, models: 1 }] });
  });

  it('is all zero for a province without rows', () => {
    expect(deadlineSummary([])).toEqual({ models: 0, dated: 0, late: 0, undated: [] });
  });
});

describe('the CSV of late models', () => {
  it('writes every column, named as province_models names them', () => {
    const row: LateModelRow = {
      provinceCode: 'VN-31', modelNo: 3, nameVi: 'Xây dựng', nameEn: 'Build', localNo: 2, leadAgency: 'Văn phòng Ủy ban nhân dân tỉnh',
      deadline: 'Quý III/2024', deadlineDate: '2024-09-30', deadlineKind: 'quarter_end', status: 'in_progress', statusText: 'đang triển khai',
      overdueMonths: 1, overdueDays: 15, daysOverdue: 46, source: '003.txt', planSource: '004.txt', asOf: '2024-11-15',
    };
    const [csv] = lateCsvRows([row]);
    expect(Object.keys(csv ?? {})).toEqual(LATE_DOWNLOAD.columns.map((c) => c.key));
    expect(csv).toMatchObject({ model_no: 3, deadline_date: '2024-09-30', days_overdue: 46, overdue_months: 1, overdue_days: 15, plan_source: '004.txt' });
  });
});
