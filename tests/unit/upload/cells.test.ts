import { describe, expect, it } from 'vitest';
import { parseLooseDate, parseLooseNumber, readCell, unescapeFormula } from '../../../src/upload/cells.ts';
import type { ColumnRule } from '../../../src/upload/table-rules.ts';

const INT: ColumnRule = { kind: 'integer' };
const NUM: ColumnRule = { kind: 'number' };
const DATE: ColumnRule = { kind: 'date' };
const MODEL: ColumnRule = { kind: 'model', max: 44 };
const PROVINCE: ColumnRule = { kind: 'province' };
const STATUS: ColumnRule = { kind: 'enum', values: ['deployed', 'not_deployed', 'unknown'], aliases: { da_trien_khai: 'deployed' } };
const TEXT: ColumnRule = { kind: 'text' };

describe('readCell: tolerant where spreadsheets are messy', () => {
  it.each<[ColumnRule, string, string | null]>([
    [INT, ' 42 ', '42'], [INT, '42.0', '42'], [INT, '1.234', '1234'], [INT, '1 234', '1234'], [INT, "'42", '42'], [INT, '-3', '-3'], [INT, '', null],
    [NUM, '88,57', '88.57'], [NUM, '1.071.393', '1071393'], [NUM, '1,071,393', '1071393'], [NUM, '1.234,5', '1234.5'], [NUM, '96.11', '96.11'], [NUM, '\u00a0350000\u00a0', '350000'],
    [DATE, '2024-06-19', '2024-06-19'], [DATE, '19/06/2024', '2024-06-19'], [DATE, '9/6/2024', '2024-06-09'], [DATE, '45462', '2024-06-19'], [DATE, '2024-06-19T00:00:00', '2024-06-19'],
    [MODEL, '13', '13'], [MODEL, '44', '44'], [PROVINCE, 'Bình Định ', 'VN-31'], [PROVINCE, 'TP. Hồ Chí Minh', 'VN-SG'], [PROVINCE, 'vn-hn', 'VN-HN'], [PROVINCE, '52', 'VN-31'],
    [PROVINCE, 'Thừa thiên - Huế', 'VN-26'], [STATUS, 'Deployed', 'deployed'], [STATUS, 'not deployed', 'not_deployed'], [STATUS, 'Đã triển khai', 'deployed'],
    [TEXT, '  keeps its spaces ', '  keeps its spaces '], [TEXT, '   ', null], [TEXT, "'=SUM(A1)", '=SUM(A1)'], [TEXT, "'plain", "'plain"],
    // Issue 16.6: only the guard the export adds comes off; a user's own apostrophe stays.
    [TEXT, "'abc", "'abc"], [TEXT, "''abc", "''abc"], [TEXT, "' abc", "' abc"], [TEXT, "' =x", ' =x'], [TEXT, "'＝x", '＝x'], [TEXT, "'|x", '|x'], [TEXT, "'-5", '-5'],
  ])('%j %j → %j', (rule, raw, value) => {
    const r = readCell(rule, raw);
    expect(r.ok && r.value).toBe(value);
  });
});

describe('readCell: strict where it matters', () => {
  it.each<[ColumnRule, string, string]>([
    [INT, '4.5', 'not_integer'], [INT, 'mười', 'not_integer'], [NUM, '14,452', 'ambiguous_number'], [INT, '14,452', 'ambiguous_number'], [NUM, 'abc', 'not_number'],
    [DATE, '31/02/2024', 'not_date'], [DATE, 'Quý III/2024', 'not_date'], [MODEL, '0', 'out_of_range'], [MODEL, '45', 'out_of_range'],
    [PROVINCE, 'Atlantis', 'unknown_province'], [STATUS, 'maybe', 'not_allowed'], [TEXT, 'x'.repeat(32_768), 'cell_too_long'],
  ])('%j %j is %s', (rule, raw, problem) => {
    const r = readCell(rule, raw);
    expect(r.ok ? 'ok' : r.problem).toBe(problem);
  });

  it('suggests the province a misspelling is closest to', () => {
    expect(readCell(PROVINCE, 'Bình Địnhh')).toEqual({ ok: false, problem: 'unknown_province', detail: 'VN-31' });
  });

  it('notes what it tolerated', () => {
    expect(readCell(PROVINCE, 'Hà Nội')).toMatchObject({ ok: true, value: 'VN-HN', note: 'province_name' });
    expect(readCell(TEXT, '=HYPERLINK("x")')).toMatchObject({ ok: true, note: 'formula_text' });
    expect(readCell(TEXT, '<b>x</b>')).toMatchObject({ ok: true, note: 'markup_text' });
    expect(readCell(TEXT, '-5')).toEqual({ ok: true, value: '-5' });
    expect(readCell(DATE, '19/06/2024')).toMatchObject({ note: 'date_text' });
  });
});

describe('the small parsers', () => {
  it('numbers', () => {
    expect(parseLooseNumber('1e3')).toBe(1000);
    expect(Number.isNaN(parseLooseNumber('1,2,3'))).toBe(true);
  });
  it('dates', () => {
    expect(parseLooseDate('2024/6/9')).toBe('2024-06-09');
    expect(parseLooseDate('12345')).toBeNull();
  });
  it('the formula guard comes off exactly once', () => {
    expect(unescapeFormula("'=x")).toBe('=x');
    expect(unescapeFormula("''=x")).toBe("'=x");
    expect(unescapeFormula("'x")).toBe("'x");
    expect(unescapeFormula("' =x")).toBe(' =x');
    expect(unescapeFormula("'42")).toBe("'42");
  });
});
