import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/domain/deadline.ts';
import { parseReport004 } from '../../../src/node/pipeline/report-004/parse.ts';
import { readSource } from '../helpers.ts';

// Every distinct deadline phrase of report 004 (Bình Định's decision), read by hand: the end of the
// quarter or year it names, or why it has no end. Lines of data/sources/004_edef7e0e54b6ea23.txt
// (after NFC) where one row carries it.
const PHRASES_004: [phrase: string, kind: string, date: string | null, line: number][] = [
  ['Theo lộ trình triển khai của Cục C06 thuộc Bộ Công an', 'roadmap', null, 220],
  ['Quý III/2024', 'quarter_end', '2024-09-30', 260],
  ['Năm 2023 và những năm tiếp theo', 'ongoing', null, 294],
  ['Quý IV/2023', 'quarter_end', '2023-12-31', 329],
  ['Năm 2023', 'year_end', '2023-12-31', 366],
  ['Năm 2024 và những năm tiếp theo', 'ongoing', null, 417],
  ['Quý II/2024', 'quarter_end', '2024-06-30', 748],
  ['Quý I/2024', 'quarter_end', '2024-03-31', 776],
  ['Thực hiện thường xuyên', 'ongoing', null, 1096],
  ['Trong năm 2023 và những năm tiếp theo', 'ongoing', null, 1169],
  ['Quý I/2024 và những năm tiếp theo', 'ongoing', null, 1667],
];

describe('deadline phrases of report 004', () => {
  const phrases = [...new Set(parseReport004(readSource('004_edef7e0e54b6ea23.txt')).map((p) => p.deadline))];

  it('are exactly the phrases read by hand (a new phrase must be read by hand first)', () => {
    expect(phrases.sort()).toEqual(PHRASES_004.map(([p]) => p).sort());
  });

  it.each(PHRASES_004)('“%s” → %s %s (line %i)', (phrase, kind, date) => {
    expect(parseDeadline(phrase)).toEqual({ phrase, kind, date });
  });
});

describe('parseDeadline', () => {
  it.each([
    ['Quý 3/2024', 'quarter_end', '2024-09-30'],
    ['quý iv/2024', 'quarter_end', '2024-12-31'],
    ['Trong quý I/2025', 'quarter_end', '2025-03-31'],
    ['Năm 2024.', 'year_end', '2024-12-31'],
    ['Trong năm 2024', 'year_end', '2024-12-31'],
    ['Tháng 2/2024', 'month_end', '2024-02-29'],
    ['Tháng 13/2024', 'unparsed', null],
    ['2025-03-31', 'date', '2025-03-31'],
    ['31/3/2025', 'date', '2025-03-31'],
    ['31/2/2025', 'unparsed', null],
    ['Quý V/2024', 'unparsed', null],
    ['Sớm nhất có thể', 'unparsed', null],
    ['Cuối năm', 'unparsed', null],
    ['Năm 2024 và những năm tiếp theo', 'ongoing', null],
    ['Theo lộ trình của Bộ', 'roadmap', null],
  ])('“%s” → %s %s', (phrase, kind, date) => expect(parseDeadline(phrase)).toEqual({ phrase, kind, date }));

  it('keeps the phrase as written, spaces tidied and NFC', () => {
    expect(parseDeadline('  Quy\u0301 I/2024 ')).toEqual({ phrase: 'Quý I/2024', kind: 'quarter_end', date: '2024-03-31' });
  });

  it.each([[''], ['   '], [null], [undefined]])('reads no deadline in %j', (phrase) => expect(parseDeadline(phrase)).toBeNull());
});
