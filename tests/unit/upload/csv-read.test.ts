import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimited } from '../../../src/upload/csv-read.ts';

describe('parseDelimited', () => {
  it.each([
    ['plain, LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF and a last line without end', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['old Mac CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['quotes, doubled quotes, separators and line ends inside', 'a,b\n"x, ""y""","dòng\r\nhai"\n', [['a', 'b'], ['x, "y"', 'dòng\r\nhai']]],
    ['a quote inside an unquoted cell is kept', 'a,b\n5" screen,2\n', [['a', 'b'], ['5" screen', '2']]],
    ['empty cells and rows', 'a,b\n,\n\n1,\n', [['a', 'b'], ['', ''], [''], ['1', '']]],
  ])('%s', (_name, text, records) => expect(parseDelimited(text, ',').records).toEqual(records));

  it('reports where an unclosed quote opened', () => {
    expect(parseDelimited('a,b\n1,2\n3,"never closed\n4,5\n', ',').unterminatedAt).toBe(3);
  });

  it('reports progress on long texts', () => {
    const calls: number[] = [];
    parseDelimited('x,y\n'.repeat(600_000), ',', (done) => calls.push(done));
    expect(calls.length).toBeGreaterThanOrEqual(2);
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon (Excel in a comma-decimal locale)', 'a;b;c\n1,5;2;3\n4,5;5;6\n', ';'],
    ['tab', 'a\tb\n1\t2\n', '\t'],
    ['commas inside quoted cells do not fool it', 'a;b\n"x, y, z";1\n"p, q";2\n', ';'],
  ])('%s', (_name, text, d) => expect(detectDelimiter(text)).toBe(d));

  it('prefers tab for a .tsv on a tie', () => expect(detectDelimiter('a\tb,c\n', true)).toBe('\t'));
});
