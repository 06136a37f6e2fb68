import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { csvCell, exportFileName, toExcelCsv } from '../../../src/lib/csv-export.ts';

describe('Excel-ready CSV', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"], ["'=x", "''=x"], ["'plain", "'plain"], ['-2', "'-2"], ['@SUM(A1)', "'@SUM(A1)"], ['\tx', "'\tx"], ['\rx', `"'\rx"`],
    // Issue 16.6: a space before =, full-width signs, a pipe, invisible marks, a line end first.
    [' =1+1', "' =1+1"], ['  @x', "'  @x"], ['\u00a0=x', "'\u00a0=x"], ['\u200b+x', "'\u200b+x"], ['＝1+1', "'＝1+1"], ['＋1', "'＋1"], ['－1', "'－1"], ['＠x', "'＠x"],
    ['|cmd', "'|cmd"], ['｜cmd', "'｜cmd"], ['\nx', `"'\nx"`], ["' =x", "'' =x"], ["'＝x", "''＝x"], ["'abc", "'abc"], ["''abc", "''abc"], ['a=b', 'a=b'],
    ['Hà Nội, Việt Nam', '"Hà Nội, Việt Nam"'], ['a "b"', '"a ""b"""'], ['dòng\nhai', '"dòng\nhai"'], ['bình thường', 'bình thường'],
  ])('makes %j safe and well quoted', (value, expected) => expect(csvCell(value)).toBe(expected));

  it('writes numbers as numbers and empty for null', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('starts with a BOM, uses CRLF, and reads back with the same cells (Arquero)', () => {
    const rows = [{ a: 'Thừa Thiên Huế', b: 1 }, { a: 'x, "y"\nz', b: 2 }];
    const text = toExcelCsv(['a', 'b'], rows);
    expect(text.startsWith('\uFEFFa,b\r\n')).toBe(true);
    const back = aq.fromCSV(text.slice(1)).objects();
    expect(back).toEqual([{ a: 'Thừa Thiên Huế', b: 1 }, { a: 'x, "y"\r\nz'.replace('\r\n', '\n'), b: 2 }]);
  });

  it('names files after what and when, in ASCII', () => {
    expect(exportFileName('Mô hình 13 — bản đồ', new Date('2026-11-23T10:00:00Z'))).toBe('de-an-06_mo-hinh-13-ban-do_2026-11-23.csv');
  });
});
