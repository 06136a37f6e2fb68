import { describe, expect, it } from 'vitest';
import { clipQuote, modelList, topCauses, type BriefSentence } from '../../../src/views/brief/brief-state.ts';

const s = (id: string, categories: string[]): BriefSentence => ({ difficultyId: id, categories, text: `câu ${id}`, source: '000' });

describe('topCauses', () => {
  it('orders causes by how many sentences name them, ties by first appearance, and quotes a different sentence for each', () => {
    const causes = topCauses([s('a', ['funding', 'equipment']), s('b', ['funding']), s('c', ['equipment', 'people']), s('d', ['people'])], 3);
    expect(causes.map((c) => [c.category, c.sentences, c.quote.difficultyId])).toEqual([
      ['funding', 2, 'a'], ['equipment', 2, 'c'], ['people', 2, 'd'],
    ]);
  });

  it('reuses a sentence only when a cause has no other', () => {
    const causes = topCauses([s('a', ['funding', 'equipment'])]);
    expect(causes.map((c) => c.quote.difficultyId)).toEqual(['a', 'a']);
  });

  it('never counts or quotes a sentence that reports progress', () => {
    const causes = topCauses([{ ...s('a', ['funding']), nature: 'progress' }, s('b', ['people'])]);
    expect(causes.map((c) => [c.category, c.sentences, c.quote.difficultyId])).toEqual([['people', 1, 'b']]);
  });

  it('is empty without sentences', () => {
    expect(topCauses([])).toEqual([]);
  });
});

describe('clipQuote', () => {
  it('keeps a short text whole and cuts a long one at a word, with an ellipsis', () => {
    expect(clipQuote('  Thiếu   kinh phí ')).toBe('Thiếu kinh phí');
    const long = 'Thiếu kinh phí đầu tư thiết bị, '.repeat(20);
    const clipped = clipQuote(long, 100);
    expect(clipped.length).toBeLessThanOrEqual(102);
    expect(clipped.endsWith(' …')).toBe(true);
    expect(long.startsWith(clipped.slice(0, -2))).toBe(true);
  });
});

describe('the models a brief lists', () => {
  it('gives each its number and a short name', () => {
    expect(modelList([
      { modelNo: 13, name: 'Triển khai Camera AI kiểm soát ra/vào tại Khu du lịch' },
      { modelNo: 2, name: 'Tự động hóa' },
    ])).toBe('13. Triển khai Camera AI kiểm soát…; 2. Tự động hóa');
  });
});
