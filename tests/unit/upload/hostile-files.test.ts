/**
 * Issue 16: the bad-file corpus, grown. Each file is read as the upload worker reads it and the
 * expected message is the one the data view shows, word for word (file · row · column · value — what
 * is wrong), so a change of wording or a lost detail fails here. Files are in tests/fixtures/uploads/
 * or made in the test when they are generated (see its README).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/data/schema.ts';
import { readUpload, type UploadRead } from '../../../src/upload/read-upload.ts';
import { columnRule } from '../../../src/upload/table-rules.ts';
import type { Encoding } from '../../../src/upload/decode.ts';
import { noteText, problemText, whereText } from '../../../src/views/data/problem-text.ts';
import { UPLOAD } from '../../../src/views/data/upload-messages.ts';
import { manyEntries, worksheet, xlsxOfSheetXml } from '../../fixtures/uploads/make-files.ts';
import { ROOT } from '../helpers.ts';

const CORPUS = resolve(ROOT, 'tests/fixtures/uploads');
const corpus = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(CORPUS, file)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The problems of a read as the data view words them. */
const lines = (read: UploadRead, lang: 'vi' | 'en' = 'vi'): string[] =>
  read.problems.map((p) => `${whereText(UPLOAD[lang], read.fileName, p)} — ${problemText(UPLOAD[lang], lang, p)}`);

/** Reads a file and returns the lines shown for it. */
async function shown(name: string, bytes: Uint8Array, lang: 'vi' | 'en' = 'vi', encoding?: Encoding): Promise<string[]> {
  const read = await readUpload(name, bytes, encoding);
  expect(read.table, `${name} must be refused`).toBeUndefined();
  return lines(read, lang);
}

describe('16.4: every number column has its domain', () => {
  it('no number column of any table is left without one', () => {
    const open = TABLES.flatMap((t) => Object.entries(t.columns).filter(([, type]) => type !== 'VARCHAR').map(([c]) => [t.name, c, columnRule(t, c)] as const))
      .filter(([, , rule]) => rule.kind !== 'model' && !(rule.kind === 'integer' || rule.kind === 'number' ? rule.domain : undefined))
      .map(([t, c]) => `${t}.${c}`);
    expect(open).toEqual([]);
  });

  it('impossible counts in models.csv: negative, past 63, 1e308 — each named with its range', async () => {
    expect(await shown('impossible-models.csv', corpus('impossible-models.csv'))).toEqual([
      'impossible-models.csv · dòng 2 · cột “stated_count” · giá trị “-5” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 2 · cột “replication_count” · giá trị “-100” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 3 · cột “stated_count” · giá trị “64” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 3 · cột “replication_count” · giá trị “1e308” — Số tỉnh phải từ 0 đến 63.',
      'impossible-models.csv · dòng 4 · cột “listed_count” · giá trị “41.5” — Không phải số nguyên.',
    ]);
    expect((await shown('impossible-models.csv', corpus('impossible-models.csv'), 'en'))[0])
      .toBe('impossible-models.csv · row 2 · column “stated_count” · value “-5” — A number of provinces must be from 0 to 63.');
  });

  it('impossible indicators: a negative count, 1e308, a share of 120 %, negative money, past every double', async () => {
    expect(await shown('impossible-indicators.csv', corpus('impossible-indicators.csv'))).toEqual([
      'impossible-indicators.csv · dòng 2 · cột “value” · giá trị “-12” — Số lượng phải từ 0 đến 100.000.000.000.',
      'impossible-indicators.csv · dòng 3 · cột “value” · giá trị “1e308” — Số lượng phải từ 0 đến 100.000.000.000.',
      'impossible-indicators.csv · dòng 4 · cột “value” · giá trị “120” — Tỷ lệ phần trăm phải từ 0 đến 100.',
      'impossible-indicators.csv · dòng 5 · cột “value” · giá trị “-3” — Số tiền (tỷ đồng) phải từ 0 đến 10.000.000.',
      'impossible-indicators.csv · dòng 6 · cột “value” · giá trị “1e400” — Không phải số.',
    ]);
  });

  it('the other counted columns: members of a 2025 unit, models of a group, steps, positions', async () => {
    expect(await shown('units.csv', utf8('unit_code,name_vi,name_en,seat_province_code,member_count\nVN-31,Gia Lai,Gia Lai,VN-31,0\n'))).toEqual([
      'units.csv · dòng 2 · cột “member_count” · giá trị “0” — Số tỉnh phải từ 1 đến 63.',
    ]);
    expect(await shown('groups.csv', utf8('group,name_vi,name_en,stated_models\nII,Nhóm II,Group II,45\n'), 'en')).toEqual([
      'groups.csv · row 2 · column “stated_models” · value “45” — A number of models must be from 0 to 44.',
    ]);
    expect(await shown('steps.csv', utf8('model_no,step_no,text\n13,0,Bước không\n13,-1,Bước âm\n'))).toEqual([
      'steps.csv · dòng 2 · cột “step_no” · giá trị “0” — Số thứ tự phải từ 1 đến 99.',
      'steps.csv · dòng 3 · cột “step_no” · giá trị “-1” — Số thứ tự phải từ 1 đến 99.',
    ]);
  });

  it('the bundled figures are all inside their domains (the limits refuse nothing real)', async () => {
    for (const file of ['models.csv', 'indicators.csv', 'model_groups.csv', 'units_2025.csv', 'discrepancies.csv', 'model_steps.csv', 'province_models.csv', 'hanoi_models.csv']) {
      const read = await readUpload(file, new Uint8Array(readFileSync(resolve(ROOT, 'data', file))));
      expect(lines(read), file).toEqual([]);
    }
  });
});

const cell = (ref: string, value: string | number): string => (typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`);
const coverageHeader = `<row r="1">${cell('A1', 'model_no')}${cell('B1', 'province_code')}${cell('C1', 'status')}</row>`;

describe('16.3: a sheet whose extent is absurd is refused before a row is made of it', () => {
  it('the 1.5 KB workbook with one cell at XFD1048576, its dimension saying so', async () => {
    const bytes = xlsxOfSheetXml({ Sheet1: worksheet(`<row r="1048576">${cell('XFD1048576', 1)}</row>`, 'A1:XFD1048576') });
    expect(bytes.length).toBeLessThan(2048);
    const heapBefore = process.memoryUsage().heapUsed;
    expect(await shown('far-cell.xlsx', bytes)).toEqual([
      'far-cell.xlsx — Trang tính “Sheet1” trải tới ô XFD1048576 (1.048.576 dòng × 16.384 cột), vượt giới hạn 20.000.000 ô. Hãy xoá các dòng và cột thừa sau bảng rồi lưu lại.',
    ]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('a dimension that lies (A1:C2) does not hide the far cell', async () => {
    const bytes = xlsxOfSheetXml({ Data: worksheet(`${coverageHeader}<row r="1048576">${cell('XFD1048576', 'x')}</row>`, 'A1:C2') });
    expect(await shown('lying-dimension.xlsx', bytes, 'en')).toEqual([
      'lying-dimension.xlsx — Sheet “Data” reaches cell XFD1048576 (1,048,576 rows × 16,384 columns), past the limit of 20,000,000 cells. Delete the rows and columns after the table and save it again.',
    ]);
  });

  it('cells without references count too (each one the next column)', async () => {
    const bare = Array.from({ length: 30 }, () => '<c><v>1</v></c>').join('');
    const bytes = xlsxOfSheetXml({ S: worksheet(`<row r="1000000">${bare}</row>`) });
    // 1,000,000 rows × 30 columns = 30 million cells.
    expect((await shown('bare-cells.xlsx', bytes))[0]).toContain('trải tới ô AD1000000 (1.000.000 dòng × 30 cột)');
  });

  it('a huge notes sheet beside the table: the table is read, the notes never materialised', async () => {
    const bytes = xlsxOfSheetXml({
      'Ghi chú': worksheet(`<row r="2000000">${cell('ZZ2000000', 'x')}</row>`),
      Bảng: worksheet(`${coverageHeader}<row r="2">${cell('A2', 13)}${cell('B2', 'VN-31')}${cell('C2', 'deployed')}</row>`),
    });
    const read = await readUpload('two-sheets.xlsx', bytes);
    expect(lines(read)).toEqual([]);
    expect(read.sheet).toBe('Bảng');
    expect(read.table?.rows).toEqual([['13', 'VN-31', 'deployed', null, null, null, null]]);
  });

  it('styled empty cells far out do not count (they make no row or column)', async () => {
    const bytes = xlsxOfSheetXml({ S: worksheet(`${coverageHeader}<row r="2">${cell('A2', 13)}${cell('B2', 'VN-31')}${cell('C2', 'deployed')}<c r="XFD2" s="1"/></row>`) });
    expect(lines(await readUpload('styled.xlsx', bytes))).toEqual([]);
  });
});

describe('16.7: messages that say what is really wrong', () => {
  it('10,001 entries: the entry count, not an unpacked size', async () => {
    expect(await shown('entries.xlsx', manyEntries(10_001, [['model_no', 'province_code', 'status'], [13, 'VN-31', 'deployed']]), 'en')).toEqual([
      'entries.xlsx — The XLSX holds 10,001 files inside, over the limit of 10,000 (a workbook has a few dozen), so it was not unpacked.',
    ]);
    expect(lines(await readUpload('ok.xlsx', manyEntries(10_000, [['model_no', 'province_code', 'status'], [13, 'VN-31', 'deployed']])))).toEqual([]);
  });

  it('formulas saved without their values: each cell, with its formula, and what to do', async () => {
    const formula = (ref: string, f: string): string => `<c r="${ref}"><f>${f}</f></c>`;
    const bytes = xlsxOfSheetXml({
      S: worksheet(`${coverageHeader}<row r="2">${cell('A2', 13)}${cell('B2', 'VN-31')}${formula('C2', 'IF(D2&gt;0,&quot;deployed&quot;,&quot;unknown&quot;)')}</row>`
        + `<row r="3">${formula('A3', 'A2+1')}${cell('B3', 'VN-31')}${cell('C3', 'deployed')}</row>`
        + `<row r="4"><c r="A4"><f>A3+1</f><v>15</v></c>${cell('B4', 'VN-31')}${cell('C4', 'deployed')}</row>`),
    });
    expect(await shown('formulas.xlsx', bytes)).toEqual([
      'formulas.xlsx · dòng 2 · cột “status” · giá trị “=IF(D2>0,"deployed","unknown")” — Ô này là công thức nhưng tệp không lưu kết quả đã tính (tệp do một chương trình không tính công thức tạo ra). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi tải lên lại.',
      'formulas.xlsx · dòng 3 · cột “model_no” · giá trị “=A2+1” — Ô này là công thức nhưng tệp không lưu kết quả đã tính (tệp do một chương trình không tính công thức tạo ra). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi tải lên lại.',
    ]);
  });

  it('a PNG renamed .csv: named as a PNG image, and no encoding offered for it', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    const read = await readUpload('coverage.csv', png);
    expect(lines(read)).toEqual(['coverage.csv — Đây là ảnh PNG, không phải tệp văn bản CSV/TSV hay bảng tính XLSX.']);
    expect(read.encoding).toBeUndefined();
    expect(read.format).toBe('other');
    expect(lines(await readUpload('x.csv', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0, 0, 0])), 'en')).toEqual(['x.csv — This is a PDF document, not a CSV/TSV text file or an XLSX workbook.']);
  });

  it('a renamed column: the missing one, and the unknown one found with the column it most likely is', async () => {
    expect(await shown('renamed.csv', utf8('model_no,province,status\n13,VN-31,deployed\n'))).toEqual([
      'renamed.csv · dòng 1 · cột “province_code” — Thiếu cột bắt buộc của bảng coverage.',
      'renamed.csv · dòng 1 · cột “province” — Bảng coverage không có cột này. Có phải là cột “province_code”?',
    ]);
    // Spelt nothing like it, but the only column missing and the only one unknown.
    expect(await shown('tinh.csv', utf8('model_no,Mã tỉnh,status\n13,VN-31,deployed\n'), 'en')).toEqual([
      'tinh.csv · row 1 · column “province_code” — A required column of table coverage is missing.',
      'tinh.csv · row 1 · column “Mã tỉnh” — Table coverage has no such column. Did you mean “province_code”?',
    ]);
    // The existing corpus file: "state" for "status".
    expect((await shown('wrong-columns.csv', corpus('wrong-columns.csv')))[1]).toBe('wrong-columns.csv · dòng 1 · cột “state” — Bảng coverage không có cột này. Có phải là cột “status”?');
  });

  it('a refused vocabulary word lists the accepted words in the interface language too, and those words are read', async () => {
    const bad = utf8('model_no,province_code,status\n13,VN-31,rồi\n');
    expect(await shown('vocab.csv', bad)).toEqual([
      'vocab.csv · dòng 2 · cột “status” · giá trị “rồi” — Giá trị không được chấp nhận; chỉ nhận: “Đã triển khai” (deployed), “Chưa triển khai” (not_deployed), “Chưa rõ” (unknown).',
    ]);
    expect(await shown('vocab.csv', bad, 'en')).toEqual([
      'vocab.csv · row 2 · column “status” · value “rồi” — Not an accepted value; accepted: deployed, not_deployed, unknown.',
    ]);
    const words = await readUpload('words.csv', utf8('model_no,province_code,status\n13,VN-31,Đã triển khai\n14,VN-31,chưa triển khai\n15,VN-31,CHUA RO\n'));
    expect(words.table?.rows.map((r) => r[2])).toEqual(['deployed', 'not_deployed', 'unknown']);
    const regions = await readUpload('p.csv', utf8('province_code,name_vi,name_en,region,kind\nVN-31,Bình Định,Binh Dinh,Bắc Trung Bộ và Duyên hải miền Trung,Tỉnh\n'));
    expect(lines(regions)).toEqual([]);
    expect(regions.table?.rows[0]?.slice(4, 6)).toEqual(['province', 'central_coast']);
  });
});

describe('16.6: bidi controls and formula starts', () => {
  it('a right-to-left override in a name is removed on reading, and the preview says so', async () => {
    const read = await readUpload('rlo.csv', utf8('model_no,group,name_vi,name_en\n13,II,\u202eDịch vụ công\u202c,Public \u2066services\u2069\n'));
    expect(lines(read)).toEqual([]);
    expect(read.table?.rows[0]?.slice(3, 5)).toEqual(['Dịch vụ công', 'Public services']);
    const note = read.notes.find((n) => n.kind === 'bidi_control');
    expect(note?.count).toBe(2);
    expect(noteText(UPLOAD.vi, note!, 'models')).toBe('2 ô có ký tự điều khiển hướng chữ (như U+202E, có thể đảo ngược cách chữ hiển thị): các ký tự này đã bị xoá.');
  });

  it('a bidi mark hidden in a header or a code does not break recognition', async () => {
    const read = await readUpload('marks.csv', utf8('model_no,\u200fprovince_code,status\n13,VN-31\u200e,deployed\n'));
    expect(lines(read)).toEqual([]);
    expect(read.table?.rows[0]?.slice(0, 3)).toEqual(['13', 'VN-31', 'deployed']);
  });

  it('formula starts a spreadsheet would run, in every disguise, are kept as text and noted', async () => {
    const cells = [' =1+1', '＝HYPERLINK("x")', '|cmd', '\u00a0@SUM(A1)', '+x'];
    const csv = `model_no,group,name_vi,name_en\n${cells.map((c, i) => `${i + 1},I,"${c.replace(/"/g, '""')}",x`).join('\n')}\n`;
    const read = await readUpload('formulas.csv', utf8(csv));
    expect(lines(read)).toEqual([]);
    expect(read.table?.rows.map((r) => r[3])).toEqual(cells);
    expect(read.notes.find((n) => n.kind === 'formula_text')?.count).toBe(5);
  });

  it("a user's own leading apostrophe stays; only the export's guard comes off", async () => {
    const read = await readUpload('apostrophes.csv', utf8("model_no,group,name_vi,name_en\n1,I,'abc,'=guarded\n2,I,''abc,'-5\n"));
    expect(read.table?.rows.map((r) => r.slice(3, 5))).toEqual([["'abc", '=guarded'], ["''abc", '-5']]);
  });
});

describe('more of the corpus', () => {
  it('a NUL past the first 8 KB (where the binary check looks) is refused in its cell, shown visibly', async () => {
    const pad = 'x'.repeat(9000);
    expect(await shown('nul.csv', utf8(`model_no,group,name_vi,name_en\n1,I,${pad},a\u0000b\n2,I,c\u0007d,e\n`))).toEqual([
      'nul.csv · dòng 2 · cột “name_en” · giá trị “a\ufffdb” — Ô có ký tự điều khiển U+0000, thứ không bảng tính nào ghi vào ô: tệp có thể bị hỏng hoặc không phải văn bản.',
      'nul.csv · dòng 3 · cột “name_vi” · giá trị “c\ufffdd” — Ô có ký tự điều khiển U+0007, thứ không bảng tính nào ghi vào ô: tệp có thể bị hỏng hoặc không phải văn bản.',
    ]);
  });
});
