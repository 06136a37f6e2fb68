/** Chart labels wrapped, never cut. */
import { describe, expect, it } from 'vitest';
import { charsPerLine, lineRows, wrapText } from '../../../src/charts/wrap.ts';

const LONG = 'Triển khai nền tảng đào tạo, giáo dục trực tuyến đại chúng mở (MOOC) trên toàn quốc để nâng cao nhận thức';

describe('wrapText', () => {
  it.each([
    ['Pháp lý', 24, ['Pháp lý']],
    ['Thói quen, điều kiện của người dân', 24, ['Thói quen, điều kiện của', 'người dân']],
    ['Thói quen, điều kiện của người dân', 16, ['Thói quen, điều', 'kiện của người', 'dân']],
    ['  a   b  ', 24, ['a b']],
    ['', 10, ['']],
    ['một từ-rất-dài-hơn-một-dòng ở đây', 8, ['một', 'từ-rất-dài-hơn-một-dòng', 'ở đây']],
  ])('%j at %i characters: %j', (text, width, lines) => expect(wrapText(text, width)).toEqual(lines));

  it.each([12, 20, 33, 60])('keeps every word of a long name, in order, each line within %i characters', (width) => {
    const lines = wrapText(LONG, width);
    expect(lines.join(' ')).toBe(LONG);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe('charsPerLine', () => {
  it('counts generously wide letters, and never fewer than 8', () => {
    expect(charsPerLine(550, 20)).toBe(50);
    expect(charsPerLine(10, 20)).toBe(8);
  });
});

describe('lineRows', () => {
  const labels = ['I · 1. Ngắn', `II · 29. ${LONG}`, 'III · 30. Cũng ngắn'];

  it('gives each line of a label a category of its own, the bar on the first line', () => {
    const rows = lineRows(labels, 40);
    const lines = wrapText(labels[1] ?? '', 40).length;
    expect(lines).toBeGreaterThan(2);
    expect(rows.categories).toHaveLength(2 + lines);
    expect(rows.categories.slice(0, 3)).toEqual(['0', '1', '1.1']);
    expect([...rows.bar]).toEqual([['0', 0], ['1', 1], ['2', 2]]);
    // Every line finds its row; joined again, a row's lines are its label.
    for (const [r, label] of labels.entries()) {
      const own = rows.categories.filter((c) => rows.row.get(c) === r);
      expect(own.map((c) => (rows.text.get(c) ?? '').trim()).join(' ')).toBe(label);
    }
  });

  it('starts each row’s categories with the row’s id when given one', () => {
    const rows = lineRows(labels, 40, 'after', ['1', '29', '30']);
    expect(rows.categories.slice(0, 4)).toEqual(['1', '1.bar', '29', '29.1']);
    expect(rows.categories.filter((c) => rows.row.get(c) === 1).every((c) => c.startsWith('29'))).toBe(true);
    expect([...rows.bar]).toEqual([['1.bar', 0], ['29.bar', 1], ['30.bar', 2]]);
  });

  it('puts a row’s bar on a line of its own after its label when the labels run above the bars', () => {
    const rows = lineRows(labels, 40, 'after');
    expect(rows.categories[1]).toBe('0.bar');
    expect(rows.text.get('0.bar')).toBe('');
    expect([...rows.bar.values()]).toEqual([0, 1, 2]);
    expect(rows.bar.has('0')).toBe(false);
  });
});
