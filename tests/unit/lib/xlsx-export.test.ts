/**
 * The XLSX writer, in Node: the workbook read back by read-excel-file (the reader the app's upload
 * uses), and its XML checked for the frozen header, the autofilter, the column widths and the types.
 */
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { column } from '../../../src/lib/download-columns.ts';
import { sheetPlan, type DownloadTable } from '../../../src/lib/download-table.ts';
import { sheetName, xlsxBlob } from '../../../src/lib/xlsx-export.ts';

const TABLE: DownloadTable = { columns: ['model_no', 'province_code', 'name_vi', 'status', 'as_of', 'in_province_list', 'value'].map((id) => column(id as Parameters<typeof column>[0])) };
const ROWS = [
  { model_no: 13, province_code: 'VN-31', name_vi: 'Bình Định', status: 'deployed', as_of: '2024-06-19', in_province_list: true, value: 88.57 },
  { model_no: 13, province_code: 'VN-HN', name_vi: '=HYPERLINK("x")', status: 'unknown', as_of: '2024-06-19', in_province_list: false, value: null },
];

async function workbook(note?: string): Promise<{ bytes: Buffer; xml: (path: string) => string }> {
  const blob = await xlsxBlob(sheetPlan(TABLE, ROWS, 'vi', note), 'Bản đồ triển khai · 13. Thanh toán', 'vi');
  const bytes = Buffer.from(await blob.arrayBuffer());
  const files = unzipSync(bytes);
  return { bytes, xml: (path) => strFromU8(files[path] ?? new Uint8Array()) };
}

describe('the XLSX of a download', () => {
  it('reads back with labels as header, statuses as labels, numbers, dates and booleans typed', async () => {
    const { bytes } = await workbook();
    const [sheet] = await readXlsxFile(bytes);
    expect(sheet?.sheet).toBe('Bản đồ triển khai · 13. Thanh…');
    expect(sheet?.data).toEqual([
      ['Mô hình số', 'Mã tỉnh (ISO 3166-2)', 'Tên tiếng Việt', 'Tình trạng triển khai', 'Số liệu tính đến', 'Có trong danh mục của tỉnh', 'Giá trị'],
      [13, 'VN-31', 'Bình Định', 'Đã triển khai', new Date(Date.UTC(2024, 5, 19)), true, 88.57],
      [13, 'VN-HN', '=HYPERLINK("x")', 'Chưa rõ (không có trong báo cáo)', new Date(Date.UTC(2024, 5, 19)), false, null],
    ]);
  });

  it('freezes the header row, filters it, fits the widths and writes text as text, never as a formula', async () => {
    const { xml } = await workbook();
    const sheet = xml('xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*topLeftCell="A2"[^>]*state="frozen"/);
    expect(sheet).toContain('<autoFilter ref="A1:G3"/>');
    expect(sheet.indexOf('<autoFilter')).toBeGreaterThan(sheet.indexOf('</sheetData>'));
    expect([...sheet.matchAll(/<col [^>]*width="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]))).toEqual(sheetPlan(TABLE, ROWS, 'vi').widths);
    expect(sheet).not.toContain('<f>');
    expect(xml('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Bản đồ triển khai · 13. Thanh…'!$A$1:$G$3</definedName>`);
    expect(xml('xl/workbook.xml').match(/<definedNames/g)).toHaveLength(1);
    expect(xml('xl/styles.xml')).toContain('formatCode="dd/mm/yyyy"');
  });

  it('puts a note about the whole file above the header, which stays frozen and filtered', async () => {
    const { bytes, xml } = await workbook('Ấn bản tải lên 2025-03-31');
    const [sheet] = await readXlsxFile(bytes);
    expect(sheet?.data[0]?.[0]).toBe('Ấn bản tải lên 2025-03-31');
    expect(sheet?.data[1]?.[0]).toBe('Mô hình số');
    expect(xml('xl/worksheets/sheet1.xml')).toMatch(/ySplit="2"[^>]*topLeftCell="A3"/);
    expect(xml('xl/worksheets/sheet1.xml')).toContain('<autoFilter ref="A2:G4"/>');
  });

  it.each([
    ['Bản đồ', 'Bản đồ'],
    ['a: b / c [d]?*', 'a b c d'],
    ['Các tỉnh, thành phố (dữ liệu của bản đồ)', 'Các tỉnh, thành phố (dữ liệu…'],
    ['', 'Sheet1'],
  ])('names the sheet %j as Excel allows: %j', (title, expected) => {
    expect(sheetName(title)).toBe(expected);
    expect(sheetName(title).length).toBeLessThanOrEqual(31);
  });
});
