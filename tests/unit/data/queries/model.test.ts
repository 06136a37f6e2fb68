/** One model's questions (detail, coverage map, 2023 steps, discrepancies) in DuckDB on data/, against Arquero's reading of the CSVs. */
import { describe, expect, it } from 'vitest';
import {
  modelCoverageSql, modelDetailSql, modelDiscrepanciesSql, modelStepsSql,
  type DiscrepancyRow, type ModelCoverageRow, type ModelDetailRow, type ModelStepRow,
} from '../../../../src/data/queries/model.ts';
import { PROVINCE_COUNT } from '../../../../src/domain/rollout.ts';
import { appDbForFile, csvRows, numOrNull } from '../../helpers.ts';


const models = csvRows('models.csv');
const groups = csvRows('model_groups.csv');
const coverage = csvRows('coverage.csv');
const provinces = csvRows('provinces.csv');
const steps = csvRows('model_steps.csv');
const discrepancies = csvRows('discrepancies.csv');

const db = appDbForFile();

describe('modelDetailSql', () => {
  it.each([1, 13, 23, 38])('gives model %i as models.csv has it, with its group names', async (no) => {
    const m = models.find((x) => Number(x.model_no) === no)!;
    const g = groups.find((x) => x.group === m.group)!;
    expect(await db.all<ModelDetailRow>(modelDetailSql(no))).toEqual([{
      modelNo: no, modelNo2023: numOrNull(m.model_no_2023), group: m.group, groupVi: g.name_vi, groupEn: g.name_en,
      nameVi: m.name_vi, nameEn: m.name_en, statedCount: numOrNull(m.stated_count), listedCount: numOrNull(m.listed_count),
      listedMentions: numOrNull(m.listed_mentions), coverageKind: m.coverage_kind, replicationCount: numOrNull(m.replication_count),
      fundingKind: m.funding_kind, fundingText: m.funding_text, resultText: m.result_text,
      effectivenessText: m.effectiveness_text, replicationText: m.replication_text, source: m.source, asOf: m.as_of,
    }]);
  });

  it('model 13 states 32 provinces and names 33; model 23 has no 2023 number', async () => {
    const [m13] = await db.all<ModelDetailRow>(modelDetailSql(13));
    expect(m13).toMatchObject({ group: 'II', statedCount: 32, listedCount: 33, source: '000_7f29e68dedb715cb.txt', asOf: '2024-06-19' });
    const [m23] = await db.all<ModelDetailRow>(modelDetailSql(23));
    expect(m23?.modelNo2023).toBeNull();
  });

  it('gives nothing for a model number that does not exist, and refuses one that is not an integer', async () => {
    expect(await db.all<ModelDetailRow>(modelDetailSql(99))).toEqual([]);
    expect(() => modelDetailSql(1.5)).toThrow();
  });
});

describe('modelCoverageSql', () => {
  const byGso = [...provinces].sort((a, b) => (a.gso_code! < b.gso_code! ? -1 : 1));

  it("gives model 13's 63 provinces by GSO code, each with coverage.csv's status, basis, name as met, source and date", async () => {
    const rows = await db.all<ModelCoverageRow>(modelCoverageSql(13));
    expect(rows.map((r) => r.provinceCode)).toEqual(byGso.map((p) => p.province_code));
    for (const r of rows) {
      const c = coverage.find((x) => x.model_no === '13' && x.province_code === r.provinceCode)!;
      const p = provinces.find((x) => x.province_code === r.provinceCode)!;
      expect([r.status, r.basis, r.namedAs, r.source, r.asOf], r.provinceCode).toEqual([c.status, c.basis, c.named_as, c.source, c.as_of]);
      expect([r.nameVi, r.nameEn, r.regionVi, r.regionEn], r.provinceCode).toEqual([p.name_vi, p.name_en, p.region_vi, p.region_en]);
    }
  });

  it('counts 33 deployed and 30 not deployed for model 13, Bình Định not among the named', async () => {
    const rows = await db.all<ModelCoverageRow>(modelCoverageSql(13));
    expect(rows.filter((r) => r.status === 'deployed')).toHaveLength(33);
    expect(rows.filter((r) => r.status === 'not_deployed')).toHaveLength(30);
    expect(rows.find((r) => r.provinceCode === 'VN-31')).toMatchObject({ status: 'not_deployed', basis: 'not_listed', namedAs: null });
  });

  it('gives model 7, which names no province, as unknown everywhere', async () => {
    const rows = await db.all<ModelCoverageRow>(modelCoverageSql(7));
    expect(rows).toHaveLength(PROVINCE_COUNT);
    expect(new Set(rows.map((r) => `${r.status}/${r.basis}`))).toEqual(new Set(['unknown/no_list']));
  });

  it('gives nothing for a model number that does not exist', async () => {
    expect(await db.all<ModelCoverageRow>(modelCoverageSql(99))).toEqual([]);
  });
});

describe('modelStepsSql', () => {
  it("gives model 13's four 2023 steps in order, as model_steps.csv has them", async () => {
    const rows = await db.all<ModelStepRow>(modelStepsSql(13));
    const expected = steps.filter((s) => s.model_no === '13');
    expect(rows.map((r) => r.stepNo)).toEqual([1, 2, 3, 4]);
    expect(rows).toEqual(expected.map((s) => ({ stepNo: Number(s.step_no), text: s.text, source: s.source, modelNo2023: Number(s.model_no_2023) })));
  });

  it('gives nothing for model 23, which the 2023 reference does not have, nor for an unknown model', async () => {
    expect(steps.some((s) => s.model_no === '23')).toBe(false);
    expect(await db.all<ModelStepRow>(modelStepsSql(23))).toEqual([]);
    expect(await db.all<ModelStepRow>(modelStepsSql(99))).toEqual([]);
  });
});

describe('modelDiscrepanciesSql', () => {
  const expectedFor = (no: number) => discrepancies.filter((d) => Number(d.model_no) === no).map((d) => ({
    kind: d.kind, modelNo: no, provinceCode: d.province_code, stated: numOrNull(d.stated), counted: numOrNull(d.counted),
    detail: d.detail, detailVi: d.detail_vi, source: d.source,
  }));

  it("gives model 13's one discrepancy: 32 stated against 33 named", async () => {
    expect(await db.all<DiscrepancyRow>(modelDiscrepanciesSql(13))).toEqual(expectedFor(13));
    expect(expectedFor(13)).toMatchObject([{ kind: 'stated_vs_listed', stated: 32, counted: 33 }]);
  });

  it('gives every discrepancy of a model with several, and of one found in a province report', async () => {
    const m14 = await db.all<DiscrepancyRow>(modelDiscrepanciesSql(14));
    expect(m14.map((r) => r.kind).sort()).toEqual(['repeated_name', 'stated_vs_listed']);
    expect(m14).toEqual(expect.arrayContaining(expectedFor(14)));
    expect(await db.all<DiscrepancyRow>(modelDiscrepanciesSql(10))).toEqual(expectedFor(10));
    expect(expectedFor(10)).toMatchObject([{ kind: 'cross_source_status', provinceCode: 'VN-31' }]);
  });

  it('gives nothing for a model without discrepancies (model 1) or unknown', async () => {
    expect(await db.all<DiscrepancyRow>(modelDiscrepanciesSql(1))).toEqual([]);
    expect(await db.all<DiscrepancyRow>(modelDiscrepanciesSql(99))).toEqual([]);
  });
});
