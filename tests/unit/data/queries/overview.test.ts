/** The overview's questions (coverage by model, the matrix, groups, indicators) in DuckDB on data/, against Arquero's reading of the CSVs. */
import { describe, expect, it } from 'vitest';
import {
  coverageByModelSql, groupsSql, indicatorsSql, matrixSql,
  type CoverageByModelRow, type GroupRow, type IndicatorRow, type MatrixCellRow,
} from '../../../../src/data/queries/overview.ts';
import { MODELS, PROVINCE_COUNT } from '../../../../src/domain/rollout.ts';
import { appDbForFile, loadTable } from '../../helpers.ts';

type CoverageCsv = { model_no: string; province_code: string; status: string; basis: string };
type ModelCsv = { model_no: string; group: string; name_vi: string; name_en: string };

const coverage = loadTable('coverage.csv').objects() as CoverageCsv[];
const models = loadTable('models.csv').objects() as ModelCsv[];
const groupOf = new Map(models.map((m) => [Number(m.model_no), m.group]));

/** Each model's status counts, counted over coverage.csv. */
const countsOf = (no: number) => {
  const cells = coverage.filter((c) => Number(c.model_no) === no);
  return {
    deployed: cells.filter((c) => c.status === 'deployed').length,
    notDeployed: cells.filter((c) => c.status === 'not_deployed').length,
    unknown: cells.filter((c) => c.status === 'unknown').length,
  };
};

const db = appDbForFile();

describe('coverageByModelSql', () => {
  it('gives every model, in order, with its group, names and the status counts of coverage.csv', async () => {
    const rows = await db.all<CoverageByModelRow>(coverageByModelSql([]));
    expect(rows.map((r) => r.modelNo)).toEqual(models.map((m) => Number(m.model_no)));
    for (const r of rows) {
      const m = models.find((x) => Number(x.model_no) === r.modelNo);
      expect([r.group, r.nameVi, r.nameEn], `model ${r.modelNo}`).toEqual([m?.group, m?.name_vi, m?.name_en]);
      expect({ deployed: r.deployed, notDeployed: r.notDeployed, unknown: r.unknown }, `model ${r.modelNo}`).toEqual(countsOf(r.modelNo));
      expect(r.deployed + r.notDeployed + r.unknown).toBe(PROVINCE_COUNT);
    }
  });

  it('counts model 13 (stated 32, 33 named) as 33 deployed and 30 not deployed', async () => {
    const rows = await db.all<CoverageByModelRow>(coverageByModelSql([]));
    expect(rows.find((r) => r.modelNo === 13)).toMatchObject({ group: 'II', deployed: 33, notDeployed: 30, unknown: 0 });
  });

  it('keeps only the models of the selected groups', async () => {
    const v = await db.all<CoverageByModelRow>(coverageByModelSql(['V']));
    expect(v.map((r) => r.modelNo)).toEqual([38, 39, 40, 41, 42, 43, 44]);
    const iAndIv = await db.all<CoverageByModelRow>(coverageByModelSql(['I', 'IV']));
    expect(iAndIv.map((r) => r.modelNo)).toEqual(models.filter((m) => m.group === 'I' || m.group === 'IV').map((m) => Number(m.model_no)));
  });

  it('gives nothing for a group that does not exist', async () => {
    expect(await db.all<CoverageByModelRow>(coverageByModelSql(['VI']))).toEqual([]);
  });
});

describe('matrixSql', () => {
  it('gives every model × province cell once, with the status and basis of coverage.csv', async () => {
    const rows = await db.all<MatrixCellRow>(matrixSql([]));
    expect(rows).toHaveLength(MODELS * PROVINCE_COUNT);
    const csv = new Map(coverage.map((c) => [`${c.model_no}|${c.province_code}`, [c.status, c.basis]]));
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${r.modelNo}|${r.provinceCode}`;
      expect([r.status, r.basis], key).toEqual(csv.get(key));
      seen.add(key);
    }
    expect(seen.size).toBe(MODELS * PROVINCE_COUNT);
  });

  it('is ordered by model, then province code (the rows of the matrix)', async () => {
    const rows = await db.all<MatrixCellRow>(matrixSql([]));
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(a.modelNo < b.modelNo || (a.modelNo === b.modelNo && a.provinceCode < b.provinceCode), `row ${i}`).toBe(true);
    }
  });

  it('keeps the cells of the selected groups only, and none for an unknown group', async () => {
    const rows = await db.all<MatrixCellRow>(matrixSql(['IV']));
    expect(rows).toHaveLength(3 * PROVINCE_COUNT);
    expect(new Set(rows.map((r) => groupOf.get(r.modelNo)))).toEqual(new Set(['IV']));
    expect(await db.all<MatrixCellRow>(matrixSql(['VI']))).toEqual([]);
  });
});

describe('groupsSql', () => {
  type GroupCsv = { group: string; name_vi: string; name_en: string; stated_models: string; listed_models: string };
  const groups = loadTable('model_groups.csv').objects() as GroupCsv[];

  it('gives the five groups I–V with their names and counts from model_groups.csv', async () => {
    const rows = await db.all<GroupRow>(groupsSql());
    expect(rows).toEqual(groups.map((g) => ({
      group: g.group, nameVi: g.name_vi, nameEn: g.name_en, statedModels: Number(g.stated_models), listedModels: Number(g.listed_models),
    })));
    expect(rows.map((r) => r.group)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });

  it('lists as many models per group as models.csv has, 44 in all, against 40 stated', async () => {
    const rows = await db.all<GroupRow>(groupsSql());
    for (const r of rows) expect(r.listedModels, r.group).toBe(models.filter((m) => m.group === r.group).length);
    expect(rows.reduce((n, r) => n + r.listedModels, 0)).toBe(MODELS);
    expect(rows.reduce((n, r) => n + r.statedModels, 0)).toBe(40);
  });
});

describe('indicatorsSql', () => {
  type IndicatorCsv = { indicator_id: string; theme: string; value: string; unit: string; as_of: string; source: string };
  const indicators = loadTable('indicators.csv').objects() as IndicatorCsv[];

  it('gives every indicator, by theme and in file order within a theme', async () => {
    const rows = await db.all<IndicatorRow>(indicatorsSql());
    const expected = [...indicators].sort((a, b) => (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : 0));
    expect(rows.map((r) => r.indicatorId)).toEqual(expected.map((i) => i.indicator_id));
  });

  it('carries each figure as a number, with its unit, source and as-of date', async () => {
    const rows = await db.all<IndicatorRow>(indicatorsSql());
    const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
    for (const r of rows) {
      const i = byId.get(r.indicatorId);
      expect([r.theme, r.value, r.unit, r.source, r.asOf], r.indicatorId).toEqual([i?.theme, Number(i?.value), i?.unit, i?.source, i?.as_of]);
      expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rows.find((r) => r.indicatorId === 'eid_activation_rate')).toMatchObject({ theme: 'C', value: 72.98, unit: '%', asOf: '2024-07-09' });
  });
});
