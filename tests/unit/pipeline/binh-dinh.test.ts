import { describe, expect, it } from 'vitest';
import { provinceStatus } from '../../../src/node/pipeline/datasets/binh-dinh.ts';
import { parseReport003 } from '../../../src/node/pipeline/report-003/parse.ts';
import { parseReport004 } from '../../../src/node/pipeline/report-004/parse.ts';
import { loadTable, readSource } from '../helpers.ts';

const report = parseReport003(readSource('003_56915f187a0eb783.txt'));
const plan = parseReport004(readSource('004_edef7e0e54b6ea23.txt'));

describe('report 003 (Bình Định, 15 Nov 2024)', () => {
  it('has 42 rows numbered 1–42 and the 19 Hà Nội models once each', () => {
    expect(report.rows.map((r) => r.localNo)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(report.hanoi.map((h) => h.hanoiNo).sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('reads the letter\'s own summary', () => {
    expect(report.summary).toEqual({ completed: 14, total: 42, inProgress: 20, waiting: 8, hanoiContinuing: 11, hanoiOverlapping: 9, hanoiLater: 4, hanoiAdded: 4 });
  });

  // Read by hand from the rows: [local no, status].
  it.each([
    [1, 'completed'], [2, 'in_progress'], [9, 'not_started'], [11, 'waiting'], [12, 'not_started'], [18, 'waiting'],
    [22, 'completed'], [24, 'in_progress'], [31, 'unclear'], [32, 'waiting'], [38, 'unclear'], [41, 'completed'],
  ])('row %i is %s', (localNo, status) => {
    const row = report.rows.find((r) => r.localNo === localNo);
    if (!row) throw new Error(`no row ${localNo}`);
    expect(provinceStatus(row).status).toBe(status);
  });

  it('keeps the phrase each status rests on', () => {
    const row = report.rows.find((r) => r.localNo === 11);
    expect(row && provinceStatus(row).statusText).toBe('Chưa triển khai thực hiện — C06 chưa hoàn thiện cơ sở pháp lý');
  });

  it('puts the Hà Nội models on the three tracks the letter announces', () => {
    const count = (t: string) => report.hanoi.filter((h) => h.track === t).length;
    expect([count('added'), count('continuing'), count('later')]).toEqual([4, 11, 4]);
  });
});

describe('report 004 (Bình Định decision)', () => {
  // Read by hand from the decision: [local no, lead agency, deadline].
  it.each([
    [1, 'Công an tỉnh, Văn phòng Ủy ban nhân dân tỉnh', 'Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an'],
    [2, 'Văn phòng Ủy ban nhân dân tỉnh', 'Quý III/2024'],
    [5, 'Sở Y tế', 'Năm 2023'],
    [7, 'Sở Tư pháp', 'Năm 2024 và những năm tiếp theo'],
    [12, 'Sở Du lịch', 'Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an'],
    [13, 'Ban Quản lý Khu kinh tế tỉnh', 'Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an'],
    [19, 'Ngân hàng Nhà nước', 'Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an'],
    [25, 'Sở Thông tin và Truyền thông', 'Thực hiện thường xuyên'],
    [32, 'Sở Y tế, Sở Lao động – Thương binh và Xã hội', 'Trong năm 2023 và những năm tiếp theo'],
    [36, 'Cục Thống kê tỉnh', 'Quý I/2024'],
    [42, 'Công an tỉnh', 'Quý I/2024 và những năm tiếp theo'],
  ])('row %i is led by %s, due %s', (localNo, lead, deadline) => {
    const row = plan.find((p) => p.localNo === localNo);
    expect(row?.leadAgency).toBe(lead);
    expect(row?.deadline).toBe(deadline);
  });

  it('reads by hand only the six rows a page break scrambled', () => {
    expect(plan.filter((p) => p.readByHand).map((p) => p.localNo)).toEqual([12, 17, 22, 27, 33, 38]);
  });
});

describe('province_models.csv and hanoi_models.csv', () => {
  it('has Bình Định\'s 42 models, none of them model 2 (kiosks) or 23 (parking, new in 2024)', () => {
    const models = (loadTable('province_models.csv').array('model_no') as string[]).map(Number);
    expect(models).toHaveLength(42);
    expect(models).not.toContain(2);
    expect(models).not.toContain(23);
  });

  it('matches Hà Nội models to the 44 as the report refers to them', () => {
    const rows = loadTable('hanoi_models.csv').objects() as Record<string, string | null>[];
    const match = Object.fromEntries(rows.map((r) => [r.hanoi_no, r.model_no]));
    expect(match).toMatchObject({ 1: '34', 2: '7', 3: '33', 4: '23', 5: '37', 7: '29', 10: '35', 12: '37', 13: '20', 14: '36', 6: null, 15: null });
  });
});
