import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { computeSnapshot } from '../../../src/node/build/snapshot-plugin.ts';
import { difficultySentencesSql } from '../../../src/data/queries/difficulties.ts';
import { modelDifficultiesSql } from '../../../src/data/queries/model.ts';
import { difficultyCategoryCountsSql } from '../../../src/data/queries/wall.ts';
import { ROOT, loadTable } from '../helpers.ts';

// The difficulty questions run by DuckDB under Node on the committed data, against Arquero's counts.
describe('difficulty queries count difficulties, not sentences that report progress', async () => {
  const snapshot = await computeSnapshot(ROOT, [difficultyCategoryCountsSql(), difficultySentencesSql(), modelDifficultiesSql(26)]);
  const table = loadTable('difficulties.csv');
  const real = table.filter((d: { nature: string }) => d.nature !== 'progress');
  const progressIds = new Set(table.filter((d: { nature: string }) => d.nature === 'progress').array('difficulty_id') as string[]);

  it('finds sentences reporting progress in the data at all', () => expect(progressIds.size).toBeGreaterThan(0));

  it('the wall counts each cause over difficulties only, and their total', () => {
    const expected = real.groupby('category').rollup({ sentences: aq.op.distinct('difficulty_id') }).objects() as { category: string; sentences: number }[];
    const rows = snapshot[difficultyCategoryCountsSql()] as { category: string; sentences: number; total: number }[];
    expect(new Map(rows.map((r) => [r.category, r.sentences]))).toEqual(new Map(expected.map((r) => [r.category, r.sentences])));
    expect(rows[0]?.total).toBe(real.rollup({ n: aq.op.distinct('difficulty_id') }).get('n', 0));
  });

  it('the sentence list carries every sentence with its nature, for the views to set progress apart', () => {
    const rows = snapshot[difficultySentencesSql()] as { difficultyId: string; nature: string }[];
    expect(rows).toHaveLength(table.rollup({ n: aq.op.distinct('difficulty_id') }).get('n', 0) as number);
    expect(new Set(rows.filter((r) => r.nature === 'progress').map((r) => r.difficultyId))).toEqual(progressIds);
  });

  it('a model whose only sentence reports progress has no difficulty to count (model 26)', () => {
    const rows = snapshot[modelDifficultiesSql(26)] as { difficultyId: string; nature: string }[];
    expect(rows.map((r) => r.nature)).toEqual(['progress']);
  });
});
