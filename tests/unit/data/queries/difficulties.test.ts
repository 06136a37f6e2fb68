/** The difficulties view's model rows (difficultyModelsSql) in DuckDB on data/, against Arquero's reading of the CSVs; and the reportsProgress test on rows. */
import { describe, expect, it } from 'vitest';
import {
  difficultyModelsSql, difficultySentencesSql, reportsProgress, type DifficultyModelRow, type DifficultySentenceRow,
} from '../../../../src/data/queries/difficulties.ts';
import { MODELS } from '../../../../src/domain/rollout.ts';
import { appDbForFile, csvRows } from '../../helpers.ts';


const db = appDbForFile();

describe('difficultyModelsSql', () => {
  const models = csvRows('models.csv');
  const groups = new Map(csvRows('model_groups.csv').map((g) => [g.group, g]));

  it("gives all 44 models in order, with models.csv's names and model_groups.csv's group names", async () => {
    expect(await db.all<DifficultyModelRow>(difficultyModelsSql())).toEqual(models.map((m) => ({
      modelNo: Number(m.model_no), group: m.group, nameVi: m.name_vi, nameEn: m.name_en,
      groupVi: groups.get(m.group)?.name_vi, groupEn: groups.get(m.group)?.name_en,
    })));
  });

  it('includes the models no difficulty sentence is about', async () => {
    const withDifficulties = new Set(csvRows('difficulties.csv').map((d) => Number(d.model_no)));
    const rows = await db.all<DifficultyModelRow>(difficultyModelsSql());
    const without = rows.filter((r) => !withDifficulties.has(r.modelNo));
    expect(without.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(MODELS);
  });
});

describe('reportsProgress', () => {
  it.each([
    ['progress', true],
    ['difficulty', false],
    [null, false], // a table uploaded without the nature column: a difficulty
    ['', false],
    ['Progress', false],
  ] as const)('nature %j → %s', (nature, expected) => {
    expect(reportsProgress({ nature })).toBe(expected);
  });

  it('picks out, among the sentences DuckDB returns, exactly those difficulties.csv marks progress', async () => {
    const progress = new Set(csvRows('difficulties.csv').filter((d) => d.nature === 'progress').map((d) => d.difficulty_id));
    const rows = await db.all<DifficultySentenceRow>(difficultySentencesSql());
    expect(new Set(rows.filter(reportsProgress).map((r) => r.difficultyId))).toEqual(progress);
    expect(progress.size).toBeGreaterThan(0);
  });
});
