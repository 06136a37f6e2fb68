import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { downloadCsv, sheetCell, sheetPlan, WRAP_AT, type DownloadColumn, type DownloadTable } from '../../../src/lib/download-table.ts';

const col = (key: string, type: DownloadColumn['type'], show?: DownloadColumn['show']): DownloadColumn =>
  ({ key, label: { vi: `nhãn ${key}`, en: `label ${key}` }, type, ...(show ? { show } : {}) });
const TABLE: DownloadTable = {
  columns: [col('province_code', 'text'), col('status', 'text', (v, lang) => `${lang}:${v}`), col('deployed', 'integer'), col('as_of', 'date'), col('listed', 'boolean')],
};
const ROWS = [
  { province_code: 'VN-31', status: 'deployed', deployed: 31, as_of: '2024-06-19', listed: true },
  { province_code: 'VN-HN', status: 'unknown', deployed: null, as_of: '2023', listed: false },
];

describe('a download as CSV', () => {
  it('has the keys as header, codes as cells, in the columns’ order (read back by Arquero)', () => {
    const text = downloadCsv(TABLE, ROWS);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const back = aq.fromCSV(text.slice(1), { parse: { deployed: String, listed: String, as_of: String } });
    expect(back.columnNames()).toEqual(['province_code', 'status', 'deployed', 'as_of', 'listed']);
    expect(back.objects()).toEqual([
      { province_code: 'VN-31', status: 'deployed', deployed: '31', as_of: '2024-06-19', listed: 'true' },
      { province_code: 'VN-HN', status: 'unknown', deployed: null, as_of: '2023', listed: 'false' },
    ]);
  });

  it('carries a note about the whole file as a first comment line, after the BOM', () => {
    const text = downloadCsv(TABLE, ROWS, 'Ấn bản 2025-03-31\nsheet.csv');
    expect(text.startsWith('\uFEFF# Ấn bản 2025-03-31 sheet.csv\r\nprovince_code,status,')).toBe(true);
  });
});

describe('a download as a sheet', () => {
  it('has the labels of the language as header, codes shown as labels, numbers, dates and booleans typed', () => {
    const sheet = sheetPlan(TABLE, ROWS, 'en');
    expect(sheet.header).toEqual(['label province_code', 'label status', 'label deployed', 'label as_of', 'label listed']);
    expect(sheet.rows[0]).toEqual([
      { type: 'text', value: 'VN-31', wrap: false }, { type: 'text', value: 'en:deployed', wrap: false }, { type: 'integer', value: 31 },
      { type: 'date', value: new Date(Date.UTC(2024, 5, 19)) }, { type: 'boolean', value: true },
    ]);
    expect(sheetPlan(TABLE, ROWS, 'vi').rows[0]?.[1]).toEqual({ type: 'text', value: 'vi:deployed', wrap: false });
  });

  it.each([
    ['an empty cell', col('n', 'integer'), null, null],
    ['an empty string', col('t', 'text'), '', null],
    ['a number given as text', col('n', 'number'), '88.57', { type: 'number', value: 88.57 }],
    ['a number that is not one, kept as text', col('n', 'integer'), 'about 40', { type: 'text', value: 'about 40', wrap: false }],
    ['a bare year in a date column, kept as text', col('d', 'date'), '2023', { type: 'text', value: '2023', wrap: false }],
    ['a long text, wrapped', col('t', 'text'), 'x'.repeat(WRAP_AT + 1), { type: 'text', value: 'x'.repeat(WRAP_AT + 1), wrap: true }],
    ['a text with a line break, wrapped', col('t', 'text'), 'a\nb', { type: 'text', value: 'a\nb', wrap: true }],
    ['a text starting like a formula, kept as it is (a string cell is never a formula)', col('t', 'text'), '=1+1', { type: 'text', value: '=1+1', wrap: false }],
    ['decomposed letters, as NFC', col('t', 'text'), 'Hoa\u0300 Bi\u0300nh', { type: 'text', value: 'Hoà Bình', wrap: false }],
  ])('types %s', (_, column, value, expected) => expect(sheetCell(column, value, 'vi')).toEqual(expected));

  it('fits each column to its longest header or cell, within bounds', () => {
    const table: DownloadTable = { columns: [col('a', 'text'), col('b', 'text'), col('d', 'date')] };
    const sheet = sheetPlan(table, [{ a: 'ab', b: 'y'.repeat(200), d: '2024-01-01' }], 'vi');
    expect(sheet.widths).toEqual(['nhãn a'.length + 2, WRAP_AT, 12]);
  });

  it('puts a note about the whole file in the plan only when there is one', () => {
    expect(sheetPlan(TABLE, ROWS, 'vi')).not.toHaveProperty('note');
    expect(sheetPlan(TABLE, ROWS, 'vi', 'Ấn bản').note).toBe('Ấn bản');
  });
});
