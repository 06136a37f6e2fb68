/** The national key figures from the app's own query, against Arquero counting coverage.csv. */
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { coverageByModelSql, type CoverageByModelRow } from '../../../src/data/queries/overview.ts';
import { nationalFigures } from '../../../src/state/national-figures.ts';
import { appDbForFile, loadTable } from '../helpers.ts';

const coverage = loadTable('coverage.csv');
const count = (t: aq.ColumnTable, status: string): number => t.filter(aq.escape((r: { status: string }) => r.status === status)).numRows();
const provinces = loadTable('provinces.csv').numRows();

const db = appDbForFile();

describe('nationalFigures', () => {
  it('counts every cell of the 44 models as coverage.csv does', async () => {
    const models = await db.all<CoverageByModelRow>(coverageByModelSql([]));
    const f = nationalFigures(models, provinces);
    expect(f.cells).toBe(coverage.numRows());
    expect(f.deployedCells).toBe(count(coverage, 'deployed'));
    expect(f.unknownCells).toBe(count(coverage, 'unknown'));
    expect(f.perProvince).toBeCloseTo(count(coverage, 'deployed') / provinces, 10);
    const everywhere = coverage.filter((r: { status: string }) => r.status === 'deployed').groupby('model_no').count()
      .filter(aq.escape((r: { count: number }) => r.count === provinces)).numRows();
    expect(f.inAllProvinces).toBe(everywhere);
  });

  it('counts only the models of a group when one is chosen', async () => {
    const models = await db.all<CoverageByModelRow>(coverageByModelSql(['I']));
    const inGroup = new Set(loadTable('models.csv').filter((r: { group: string }) => r.group === 'I').array('model_no') as string[]);
    const cells = coverage.filter(aq.escape((r: { model_no: string }) => inGroup.has(r.model_no)));
    const f = nationalFigures(models, provinces);
    expect(f.cells).toBe(cells.numRows());
    expect(f.deployedCells).toBe(count(cells, 'deployed'));
  });

  it('has no mean without provinces', () => {
    expect(nationalFigures([], 0)).toEqual({ cells: 0, deployedCells: 0, unknownCells: 0, perProvince: 0, inAllProvinces: 0 });
  });
});
