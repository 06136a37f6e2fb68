import { describe, expect, it } from 'vitest';
import { clipQuote, modelList, topCauses, type BriefSentence } from '../../../src/views/brief/brief-state.ts';

const s = (id: string, categories: string[]): BriefSentence => ({ difficultyId: id, categories, text: `câu ${id}`, source: '000' });

describe('topCauses', () => {
  it('ranks causes by how many sentences name them, tied causes sharing a rank, and quotes a different sentence for each', () => {
    const { causes, alsoTied } = topCauses([s('a', ['funding', 'equipment']), s('b', ['funding']), s('c', ['equipment', 'people']), s('d', ['people'])], 3);
    expect(causes.map((c) => [c.category, c.rank, c.sentences, c.quote.difficultyId])).toEqual([
      ['funding', 1, 2, 'a'], ['equipment', 1, 2, 'c'], ['people', 1, 2, 'd'],
    ]);
    expect(alsoTied).toEqual([]);
  });

  it('counts the next rank past every tied cause above it', () => {
    const { causes } = topCauses([s('a', ['legal', 'data']), s('b', ['legal', 'data']), s('c', ['finance'])]);
    expect(causes.map((c) => [c.category, c.rank])).toEqual([['legal', 1], ['data', 1], ['finance', 3]]);
  });

  it('names the tied causes the limit leaves out, so a tie is never cut silently', () => {
    const { causes, alsoTied } = topCauses([s('a', ['legal']), s('b', ['legal']), s('c', ['data']), s('d', ['finance']), s('e', ['people'])], 2);
    expect(causes.map((c) => [c.category, c.rank])).toEqual([['legal', 1], ['data', 2]]);
    expect(alsoTied).toEqual([{ category: 'finance', sentences: 1 }, { category: 'people', sentences: 1 }]);
  });

  it('reuses a sentence only when a cause has no other', () => {
    const { causes } = topCauses([s('a', ['funding', 'equipment'])]);
    expect(causes.map((c) => c.quote.difficultyId)).toEqual(['a', 'a']);
  });

  it('never counts or quotes a sentence that reports progress', () => {
    const { causes } = topCauses([{ ...s('a', ['funding']), nature: 'progress' }, s('b', ['people'])]);
    expect(causes.map((c) => [c.category, c.sentences, c.quote.difficultyId])).toEqual([['people', 1, 'b']]);
  });

  it('is empty without sentences', () => {
    expect(topCauses([])).toEqual({ causes: [], alsoTied: [] });
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
