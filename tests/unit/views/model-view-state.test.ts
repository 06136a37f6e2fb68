import { describe, expect, it } from 'vitest';
import { coverageFills, difficultyCounts, statusCounts } from '../../../src/views/model/model-view-state.ts';

const row = (provinceCode: string, status: string) => ({ provinceCode, nameVi: '', nameEn: '', regionVi: '', regionEn: '', status, basis: '', namedAs: null, source: '', asOf: '' });

describe('model view state', () => {
  it('counts provinces per status, zero for absent ones', () => {
    expect(statusCounts([row('A', 'deployed'), row('B', 'deployed'), row('C', 'unknown')])).toEqual({ deployed: 2, not_deployed: 0, unknown: 1 });
  });
  it('fills each province by its status', () => {
    const fills = coverageFills([row('A', 'deployed'), row('B', 'not_deployed'), row('C', 'unknown')]);
    expect([...fills.values()].map((f) => f.status)).toEqual(['deployed', 'not_deployed', 'unknown']);
  });
  const d = (id: string, categories: string[], nature: string | null = 'difficulty') => ({ difficultyId: id, provinceCode: null, categories, nature, text: '', source: '' });
  it('counts a sentence once in each of its categories, in category order, leaving out empty ones', () => {
    expect(difficultyCounts([d('1', ['finance', 'legal']), d('2', ['finance']), d('3', ['other'])])).toEqual([
      { id: 'legal', count: 1 }, { id: 'finance', count: 2 }, { id: 'other', count: 1 },
    ]);
  });
  it('does not count a sentence that reports progress; one without a nature counts', () => {
    expect(difficultyCounts([d('1', ['finance']), d('2', ['finance', 'data'], 'progress'), d('3', ['finance'], null)])).toEqual([{ id: 'finance', count: 2 }]);
  });
});
