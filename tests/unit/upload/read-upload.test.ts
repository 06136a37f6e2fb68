import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUpload } from '../../../src/upload/read-upload.ts';
import { windows1258, xlsxOf, zipBomb } from '../../fixtures/uploads/make-files.ts';
import { loadTable, ROOT } from '../helpers.ts';

const CORPUS = resolve(ROOT, 'tests/fixtures/uploads');
const corpus = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(CORPUS, file)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const DATA = readdirSync(resolve(ROOT, 'data')).filter((f) => f.endsWith('.csv')).sort();

describe('every bundled table reads back as itself', () => {
  it.each(DATA)('%s: recognised, no problem, Arquero’s cells', async (file) => {
    const read = await readUpload(file, new Uint8Array(readFileSync(resolve(ROOT, 'data', file))));
    expect(read.problems).toEqual([]);
    expect(read.tableName).toBe(file.replace(/\.csv$/, ''));
    const expected = loadTable(file);
    const t = read.table!;
    expect(t.rows.length).toBe(expected.numRows());
    for (const c of expected.columnNames()) {
      const got = t.rows.map((r) => r[t.columns.indexOf(c)]);
      // Numbers come out canonical ("88.57", "13"); text exactly as written.
      const want = (expected.array(c) as (string | null)[]).map((v) => (v === null || v === '' ? null : v));
      expect(got.map((v) => v ?? null), `${file} ${c}`).toEqual(want.map((v, i) => (v !== null && got[i] !== null && Number(v) === Number(got[i]) ? got[i] : v)));
    }
  });
});

describe('the corpus of bad files: every problem, named by row, column and value', () => {
  it('wrong columns: says which table it resembles and what it lacks', async () => {
    const read = await readUpload('wrong-columns.csv', corpus('wrong-columns.csv'));
    expect(read.table).toBeUndefined();
    expect(read.problems).toEqual([
      { kind: 'missing_column', row: 1, column: 'status', detail: 'coverage' },
      { kind: 'unknown_column', row: 1, column: 'state', detail: 'coverage', value: 'status' },
    ]);
  });

  it('no known table at all', async () => {
    const read = await readUpload('x.csv', utf8('foo,bar\n1,2\n'));
    expect(read.problems).toEqual([{ kind: 'unknown_table', row: 1, value: 'foo, bar' }]);
  });

  it('unknown provinces, with a suggestion where one is close', async () => {
    const read = await readUpload('unknown-province.csv', corpus('unknown-province.csv'));
    expect(read.problems).toEqual([
      { kind: 'unknown_province', row: 3, column: 'province_code', value: 'Bình Địnhh', detail: 'VN-31' },
      { kind: 'unknown_province', row: 5, column: 'province_code', value: 'Atlantis', detail: undefined },
    ]);
  });

  it('duplicate keys: each repeat names the first row', async () => {
    const read = await readUpload('duplicate-keys.csv', corpus('duplicate-keys.csv'));
    expect(read.problems).toEqual([
      { kind: 'duplicate_key', row: 4, column: 'model_no, province_code', value: '13, VN-31', related: 2 },
    ]);
  });

  it('empty file, and a file of blank lines', async () => {
    expect((await readUpload('empty.csv', corpus('empty.csv'))).problems).toEqual([{ kind: 'empty_file' }]);
    expect((await readUpload('blank.csv', utf8('\r\n \n'))).problems).toEqual([{ kind: 'empty_file' }]);
  });

  it('only a header', async () => {
    const read = await readUpload('header-only.csv', corpus('header-only.csv'));
    expect(read.problems).toEqual([{ kind: 'header_only', row: 1 }]);
  });

  it('all problems at once, not only the first', async () => {
    const read = await readUpload('many-problems.csv', corpus('many-problems.csv'));
    expect(read.problems.map((p) => [p.kind, p.row, p.column, p.value])).toEqual([
      ['out_of_range', 2, 'model_no', '45'],
      ['not_allowed', 3, 'status', 'maybe'],
      ['not_integer', 4, 'model_no', 'mười'],
      ['required', 5, 'status', ''],
    ]);
    expect(read.problemTotal).toBe(4);
  });

  it('a <script> cell is text, noted, and accepted', async () => {
    const read = await readUpload('script-cell.csv', corpus('script-cell.csv'));
    expect(read.problems).toEqual([]);
    const t = read.table!;
    expect(t.rows[0]?.[t.columns.indexOf('name_vi')]).toBe('<script>alert("xss")</script>');
    expect(read.notes.find((n) => n.kind === 'markup_text')?.count).toBe(1);
  });

  it('a =HYPERLINK(...) cell is text, noted, and accepted', async () => {
    const read = await readUpload('hyperlink-cell.csv', corpus('hyperlink-cell.csv'));
    expect(read.problems).toEqual([]);
    const t = read.table!;
    expect(t.rows[0]?.[t.columns.indexOf('name_vi')]).toBe('=HYPERLINK("http://example.invalid/","Bấm vào đây")');
    expect(read.notes.find((n) => n.kind === 'formula_text')?.count).toBe(1);
  });

  it('Windows-1258 text is detected and reads as the same Vietnamese', async () => {
    const read = await readUpload('province-models-1258.csv', corpus('province-models-1258.csv'));
    expect(read.encoding).toEqual({ used: 'windows-1258', detected: 'windows-1258' });
    expect(read.problems).toEqual([]);
    const t = read.table!;
    expect(t.rows[0]?.[t.columns.indexOf('name_vi')]).toBe('Triển khai 53 dịch vụ công thiết yếu');
    expect(t.rows.every((r) => r[t.columns.indexOf('province_code')] === 'VN-31')).toBe(true);
    // Read as Windows-1252 on the user's say-so, the same bytes give other letters.
    const forced = await readUpload('province-models-1258.csv', corpus('province-models-1258.csv'), 'windows-1252');
    expect(forced.encoding).toEqual({ used: 'windows-1252', detected: 'windows-1258' });
  });

  it('a messy file: semicolons, BOM, trailing spaces, names for codes, labels for statuses, dd/mm/yyyy', async () => {
    const read = await readUpload('messy-coverage.csv', corpus('messy-coverage.csv'));
    expect(read.delimiter).toBe(';');
    expect(read.problems).toEqual([]);
    const t = read.table!;
    const pick = (c: string) => t.rows.map((r) => r[t.columns.indexOf(c)]);
    expect(pick('province_code')).toEqual(['VN-31', 'VN-67', 'VN-HN', 'VN-26']);
    expect(pick('status')).toEqual(['deployed', 'not_deployed', 'deployed', 'unknown']);
    expect(pick('as_of')).toEqual(['2025-03-31', '2025-03-31', '2025-03-31', '2025-03-31']);
    expect(pick('model_no')).toEqual(['13', '13', '13', '13']);
  });

  it('the size limit, before any reading', async () => {
    const read = await readUpload('big.csv', new Uint8Array(100 * 1024 * 1024 + 1));
    expect(read.problems).toEqual([{ kind: 'too_large', value: String(100 * 1024 * 1024 + 1), detail: String(100 * 1024 * 1024) }]);
  });

  it('too many columns', async () => {
    const header = ['model_no', 'province_code', 'status', ...Array.from({ length: 120 }, (_, i) => `x${i}`)];
    const read = await readUpload('wide.csv', utf8(`${header.join(',')}\n`));
    expect(read.problems).toEqual([{ kind: 'too_many_columns', value: '123', detail: '100' }]);
  });

  it('a binary file and an old .xls', async () => {
    expect((await readUpload('x.pdf', Uint8Array.from([...'%PDF-1.7\n%', 0, 0, 1, 2, 3, ...'stream'.repeat(20)].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0)))))).problems[0]?.kind).toBe('binary_file');
    expect((await readUpload('x.xls', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1))).problems[0]?.kind).toBe('old_excel');
  });
});

describe('XLSX', () => {
  it('a province tracking sheet: dates as dates, numbers as text, names for codes', async () => {
    const bytes = xlsxOf({
      Notes: [['Ghi chú'], ['Bảng theo dõi của tỉnh']],
      'Theo dõi': [
        ['province_code', 'model_no', 'status', 'deadline', 'as_of'],
        ['Bình Định ', 1, 'completed', { date: '2025-06-30' }, { date: '2025-03-31' }],
        ['binh dinh', '3', 'Đang triển khai', 'Quý III/2025', '31/03/2025'],
      ],
    });
    const read = await readUpload('theo-doi.xlsx', bytes);
    expect(read.format).toBe('xlsx');
    expect(read.sheet).toBe('Theo dõi');
    expect(read.problems).toEqual([]);
    const t = read.table!;
    const pick = (c: string) => t.rows.map((r) => r[t.columns.indexOf(c)]);
    expect(pick('province_code')).toEqual(['VN-31', 'VN-31']);
    expect(pick('model_no')).toEqual(['1', '3']);
    expect(pick('status')).toEqual(['completed', 'in_progress']);
    expect(pick('deadline')).toEqual(['2025-06-30', 'Quý III/2025']);
    expect(pick('as_of')).toEqual(['2025-03-31', '2025-03-31']);
  });

  it('problems name the spreadsheet row', async () => {
    const read = await readUpload('t.xlsx', xlsxOf({ S: [[], ['model_no', 'province_code', 'status'], [50, 'Nowhere', 'deployed']] }));
    expect(read.problems.map((p) => [p.kind, p.row])).toEqual([['out_of_range', 3], ['unknown_province', 3]]);
  });

  it('a zip bomb whose headers tell the truth is refused before inflating', async () => {
    const read = await readUpload('bomb.xlsx', zipBomb(201, false));
    expect(read.problems[0]?.kind).toBe('xlsx_too_large');
  });

  it('a zip bomb whose headers lie is stopped while inflating', async () => {
    const read = await readUpload('bomb.xlsx', zipBomb(64, true));
    expect(read.problems[0]?.kind).toBe('xlsx_too_large');
    expect(Number(read.problems[0]?.value)).toBeLessThan(8 * 1024 * 1024);
  });

  it('a broken archive', async () => {
    const read = await readUpload('broken.xlsx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3));
    expect(read.problems[0]?.kind).toBe('xlsx_invalid');
  });
});

it('windows1258() writes Vietnamese the way the decoder reads it back', () => {
  const text = 'Thừa Thiên Huế, Đắk Lắk, Bình Định, Quảng Ngãi';
  expect(new TextDecoder('windows-1258').decode(windows1258(text)).normalize('NFC')).toBe(text);
});
