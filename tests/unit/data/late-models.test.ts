/**
 * Bình Định's models past their deadline, by the SQL of the province view, run in DuckDB (Node) on
 * the committed tables loaded as the app loads them; and the same after a tracking sheet with later
 * statuses goes through the upload's own steps (read, merge, load CSV).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { deadlineKindsSql, lateModelsSql, type DeadlineKindRow, type LateModelRow } from '../../../src/data/queries/late-models.ts';
import { createTableFromCsvSql } from '../../../src/data/load-sql.ts';
import { TABLES, TABLE_BY_NAME } from '../../../src/data/schema.ts';
import { cellTableOf, mergeByProvince } from '../../../src/upload/diff.ts';
import { toLoadCsv } from '../../../src/upload/load-csv.ts';
import { readUpload } from '../../../src/upload/read-upload.ts';
import { loadTable, ROOT } from '../helpers.ts';

let conn: DuckDBConnection;
const all = async <T,>(sql: string): Promise<T[]> => (await conn.runAndReadAll(sql)).getRowObjectsJson() as unknown as T[];
const load = async (name: string, text: string): Promise<void> => {
  const file = join(mkdtempSync(join(tmpdir(), 'late-models-')), `${name}.csv`);
  writeFileSync(file, text);
  await conn.run(createTableFromCsvSql(name, TABLE_BY_NAME.get(name)!, file, text));
};

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  for (const s of TABLES) await load(s.name, readFileSync(resolve(ROOT, 'data', s.file), 'utf8'));
});

// Read by hand. Report 003 (data/sources/003_56915f187a0eb783.txt, dated 15 November 2024, line 14)
// gives each model's status; report 004 (data/sources/004_edef7e0e54b6ea23.txt, NFC) its lead
// agency and deadline. Late: a dated deadline before 15 Nov 2024 and a status other than completed.
// [2024 model, local no, lead agency, deadline, its date, status, months, days, all days]
const LATE_AS_OF_2024_11_15: [number, number, string, string, string, string, number, number, number][] = [
  // 004 line 822 "Năm 2023."; 003 line 110: "Chưa triển khai thực hiện", the difficulty "Chưa tích hợp tài khoản ngân hàng …".
  [19, 18, 'Sở Giao thông vận tải', 'Năm 2023', '2023-12-31', 'waiting', 10, 15, 320],
  // 004 line 776 "Quý I/2024"; 003 line 106 note: "Mô hình đang triển khai thực hiện".
  [18, 17, 'Công an tỉnh', 'Quý I/2024', '2024-03-31', 'in_progress', 7, 15, 229],
  // 004 line 1463 "Quý I/2024"; 003 line 155 note: "Tiếp tục triển khai toàn tỉnh trong thời gian tới".
  [37, 35, 'Sở Lao động - Thương binh và Xã hội', 'Quý I/2024', '2024-03-31', 'in_progress', 7, 15, 229],
  // 004 line 1487 "Quý I/2024"; 003 line 159 note: "Tiếp tục triển khai toàn tỉnh trong thời gian tới".
  [38, 36, 'Cục Thống kê tỉnh', 'Quý I/2024', '2024-03-31', 'in_progress', 7, 15, 229],
  // 004 line 1517 "Quý I/2024"; 003 line 160 note: "Tiếp tục triển khai toàn tỉnh trong thời gian tới".
  [39, 37, 'Sở Lao động - Thương binh và Xã hội', 'Quý I/2024', '2024-03-31', 'in_progress', 7, 15, 229],
  // 004 line 1368 "Quý II/2024"; 003 line 150: "Đã hoàn thành 75/159 xã …", note "Tiếp tục hoàn thiện xây dựng CSDL đất đai …".
  [35, 33, 'Sở Tài Nguyên và Môi trường', 'Quý II/2024', '2024-06-30', 'in_progress', 4, 15, 138],
  // 004 line 260 "Quý III/2024"; 003 lines 69 and 72 note: "Mô hình đang triển khai thực hiện".
  [3, 2, 'Văn phòng Ủy ban nhân dân tỉnh', 'Quý III/2024', '2024-09-30', 'in_progress', 1, 15, 46],
];
// Dated deadlines before 15 Nov 2024 that are not late, the report saying "đã hoàn thành" (completed):
// model 5 (004 line 329 "Quý IV/2023", 003 line 74), 6 (line 366 "Năm 2023", 003 line 79),
// 17 (line 748 "Quý II/2024", 003 line 102), 43 (line 1646 "Quý I/2024", 003 line 166).
// Model 44 (004 line 1667 "Quý I/2024 và những năm tiếp theo") is ongoing: no end, never late.

describe("Bình Định's models past their deadline (report 003 against report 004)", () => {
  it('are the seven read by hand, the longest overdue first, with lead agency, deadline, status and how long', async () => {
    const rows = await all<LateModelRow>(lateModelsSql('VN-31'));
    expect(rows.map((r) => [r.modelNo, r.localNo, r.leadAgency, r.deadline, r.deadlineDate, r.status, r.overdueMonths, r.overdueDays, r.daysOverdue]))
      .toEqual(LATE_AS_OF_2024_11_15);
    for (const r of rows) expect([r.asOf, r.source, r.planSource]).toEqual(['2024-11-15', '003_56915f187a0eb783.txt', '004_edef7e0e54b6ea23.txt']);
  });

  it('counts the deadlines by kind: 9 quarters and 2 years with dates, 13 on the C06 roadmap, 18 ongoing', async () => {
    const kinds = await all<DeadlineKindRow>(deadlineKindsSql('VN-31'));
    expect(kinds).toEqual([
      { kind: 'ongoing', models: 18, late: 0 }, { kind: 'roadmap', models: 13, late: 0 },
      { kind: 'quarter_end', models: 9, late: 6 }, { kind: 'year_end', models: 2, late: 1 },
    ]);
  });

  it('is empty for a province without a report of its own', async () => {
    expect(await all<LateModelRow>(lateModelsSql('VN-HN'))).toEqual([]);
  });
});

describe('a tracking sheet with later statuses moves the late list with it', () => {
  // A sheet made for this test (never shipped): Bình Định's 42 rows as of 31 March 2025, models 3
  // and 18 now completed, model 44's deadline reworded to "Quý IV/2024", and no deadline_date or
  // deadline_kind columns, so the upload reads them from the phrases.
  const sheet = (): string => {
    const t = loadTable('province_models.csv');
    const rows = t.objects() as Record<string, string | null>[];
    const columns = t.columnNames().filter((c) => c !== 'deadline_date' && c !== 'deadline_kind');
    const cell = (v: string | null): string => `"${(v ?? '').replace(/"/g, '""')}"`;
    const changed = rows.map((r): Record<string, string | null> => ({
      ...r, as_of: '2025-03-31',
      status: r.model_no === '3' || r.model_no === '18' ? 'completed' : r.status ?? null,
      deadline: r.model_no === '44' ? 'Quý IV/2024' : r.deadline ?? null,
    }));
    return [columns.join(','), ...changed.map((r) => columns.map((c) => cell(r[c] ?? null)).join(','))].join('\n');
  };

  it('drops the models now completed, keeps the others late, and adds the one whose new deadline has passed', async () => {
    const read = await readUpload('binh-dinh-2025-03.csv', new TextEncoder().encode(sheet()));
    expect(read.problems).toEqual([]);
    const schema = TABLE_BY_NAME.get('province_models')!;
    const current = cellTableOf(await all<Record<string, unknown>>('SELECT * FROM province_models'), Object.keys(schema.columns));
    await load('province_models', toLoadCsv(mergeByProvince(current, read.table!)));
    const rows = await all<LateModelRow>(lateModelsSql('VN-31'));
    // As of 31 March 2025 every dated deadline of 004 has passed: late unless completed.
    expect(rows.map((r) => [r.modelNo, r.deadlineDate, r.daysOverdue])).toEqual([
      [19, '2023-12-31', 456], [37, '2024-03-31', 365], [38, '2024-03-31', 365], [39, '2024-03-31', 365],
      [35, '2024-06-30', 274], [44, '2024-12-31', 90],
    ]);
    expect(rows.every((r) => r.asOf === '2025-03-31')).toBe(true);
  });
});
