/** The catalogue's questions (model list, province list, source reports) in DuckDB on data/, against Arquero's reading of the CSVs and counts made by hand. */
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_SOURCE, modelListSql, provinceListSql, sourcesSql,
  type ModelListRow, type ProvinceListRow, type SourceRow,
} from '../../../../src/data/queries/catalogue.ts';
import { MODELS, PROVINCE_COUNT } from '../../../../src/domain/rollout.ts';
import { appDbForFile, csvRows, numOrNull } from '../../helpers.ts';


const coverage = csvRows('coverage.csv');
const models = csvRows('models.csv');
const provinces = csvRows('provinces.csv');
const cells = (key: 'model_no' | 'province_code', value: string, status: string) =>
  coverage.filter((c) => c[key] === value && c.status === status).length;

const db = appDbForFile();

describe('modelListSql', () => {
  it("gives the 44 models in order with models.csv's names and stated count, and coverage.csv's counts", async () => {
    const rows = await db.all<ModelListRow>(modelListSql());
    expect(rows).toEqual(models.map((m) => ({
      modelNo: Number(m.model_no), group: m.group, nameVi: m.name_vi, nameEn: m.name_en, statedCount: numOrNull(m.stated_count),
      deployed: cells('model_no', m.model_no!, 'deployed'), notDeployed: cells('model_no', m.model_no!, 'not_deployed'),
      unknown: cells('model_no', m.model_no!, 'unknown'),
    })));
  });

  it('accounts for all 63 provinces of every model, and leaves the stated count empty where the source gives none', async () => {
    const rows = await db.all<ModelListRow>(modelListSql());
    expect(rows).toHaveLength(MODELS);
    for (const r of rows) expect(r.deployed + r.notDeployed + r.unknown, `model ${r.modelNo}`).toBe(PROVINCE_COUNT);
    expect(rows.find((r) => r.modelNo === 7)).toMatchObject({ statedCount: null, deployed: 0, unknown: PROVINCE_COUNT });
  });
});

describe('provinceListSql', () => {
  it("gives the 63 provinces by GSO code, with provinces.csv's names and regions and coverage.csv's counts", async () => {
    const rows = await db.all<ProvinceListRow>(provinceListSql());
    const byGso = [...provinces].sort((a, b) => (a.gso_code! < b.gso_code! ? -1 : 1));
    expect(rows).toEqual(byGso.map((p) => ({
      provinceCode: p.province_code, gsoCode: p.gso_code, nameVi: p.name_vi, nameEn: p.name_en, kind: p.kind,
      region: p.region, regionVi: p.region_vi, regionEn: p.region_en,
      deployed: cells('province_code', p.province_code!, 'deployed'), unknown: cells('province_code', p.province_code!, 'unknown'),
    })));
  });

  it('counts Bình Định (VN-31) 31 deployed and 8 unknown of the 44 (counted by hand in coverage.csv)', async () => {
    const rows = await db.all<ProvinceListRow>(provinceListSql());
    expect(rows.find((r) => r.provinceCode === 'VN-31')).toMatchObject({ gsoCode: '52', nameVi: 'Bình Định', deployed: 31, unknown: 8 });
  });

  it('adds up to the deployed cells of coverage.csv', async () => {
    const rows = await db.all<ProvinceListRow>(provinceListSql());
    expect(rows.reduce((n, r) => n + r.deployed, 0)).toBe(coverage.filter((c) => c.status === 'deployed').length);
  });
});

describe('sourcesSql', () => {
  const sources = csvRows('sources.csv');
  const expected = sources.map((s) => ({
    source: s.source, titleVi: s.title_vi, titleEn: s.title_en, shortVi: s.short_vi ?? s.title_vi, shortEn: s.short_en ?? s.title_en,
    issuer: s.issuer, date: s.date, asOf: s.as_of, asOfBasis: s.as_of_basis,
  })).sort((a, b) => (a.source! < b.source! ? -1 : 1));

  it('gives every source report of sources.csv, by file name', async () => {
    expect(await db.all<SourceRow>(sourcesSql())).toEqual(expected);
  });

  it('gives one report when asked for it: the national assessment as of 19 June 2024', async () => {
    const rows = await db.all<SourceRow>(sourcesSql(NATIONAL_SOURCE));
    expect(rows).toEqual(expected.filter((s) => s.source === NATIONAL_SOURCE));
    expect(rows).toMatchObject([{ asOf: '2024-06-19', issuer: null }]);
  });

  it('gives nothing for a file that is not a source, even one with a quote in its name', async () => {
    expect(await db.all<SourceRow>(sourcesSql('999_missing.txt'))).toEqual([]);
    expect(await db.all<SourceRow>(sourcesSql("x' OR '1'='1"))).toEqual([]);
  });
});
