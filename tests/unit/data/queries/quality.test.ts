/** The data-quality view's questions (every discrepancy, coverage cells by basis) in DuckDB on data/, against Arquero's reading of the CSVs. */
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { coverageByBasisSql, discrepanciesSql, type CoverageBasisRow, type QualityRow } from '../../../../src/data/queries/quality.ts';
import { MODELS, PROVINCE_COUNT } from '../../../../src/domain/rollout.ts';
import { appDbForFile, csvRows, loadTable, numOrNull } from '../../helpers.ts';


const discrepancies = csvRows('discrepancies.csv');
const models = new Map(csvRows('models.csv').map((m) => [Number(m.model_no), m]));
const provinces = new Map(csvRows('provinces.csv').map((p) => [p.province_code, p]));
const sources = new Map(csvRows('sources.csv').map((s) => [s.source, s]));

const db = appDbForFile();

describe('discrepanciesSql', () => {
  it('gives every row of discrepancies.csv once, numbered in file order', async () => {
    const rows = await db.all<QualityRow>(discrepanciesSql());
    expect(rows.map((r) => r.rowNo)).toEqual(discrepancies.map((_, i) => i + 1));
    rows.forEach((r, i) => {
      const d = discrepancies[i]!;
      expect([r.kind, r.modelNo, r.provinceCode, r.stated, r.counted, r.detail, r.detailVi, r.source, r.value, r.otherSource, r.otherValue], `row ${r.rowNo}`)
        .toEqual([d.kind, numOrNull(d.model_no), d.province_code, numOrNull(d.stated), numOrNull(d.counted), d.detail, d.detail_vi, d.source, d.value, d.other_source, d.other_value]);
    });
  });

  it("names each row's model and province, and gives its sources' titles and as-of dates", async () => {
    for (const r of await db.all<QualityRow>(discrepanciesSql())) {
      const m = r.modelNo === null ? undefined : models.get(r.modelNo);
      const p = r.provinceCode === null ? undefined : provinces.get(r.provinceCode);
      const s = sources.get(r.source);
      const o = r.otherSource === null ? undefined : sources.get(r.otherSource);
      expect([r.modelVi, r.modelEn], `row ${r.rowNo}`).toEqual([m?.name_vi ?? null, m?.name_en ?? null]);
      expect([r.provinceVi, r.provinceEn], `row ${r.rowNo}`).toEqual([p?.name_vi ?? null, p?.name_en ?? null]);
      expect([r.sourceVi, r.sourceEn, r.asOf], `row ${r.rowNo}`).toEqual([s?.title_vi, s?.title_en, s?.as_of]);
      expect([r.otherSourceVi, r.otherSourceEn, r.otherAsOf], `row ${r.rowNo}`).toEqual([o?.title_vi ?? null, o?.title_en ?? null, o?.as_of ?? null]);
      expect(r.recomputed, `row ${r.rowNo}`).toBe(false);
    }
  });

  it("sets model 10 in Bình Định deployed (report 000) against not started (report 003, 15 Nov 2024)", async () => {
    const rows = await db.all<QualityRow>(discrepanciesSql());
    expect(rows.find((r) => r.kind === 'cross_source_status' && r.modelNo === 10)).toMatchObject({
      provinceCode: 'VN-31', provinceEn: 'Binh Dinh', source: '000_7f29e68dedb715cb.txt', value: 'deployed', asOf: '2024-06-19',
      otherSource: '003_56915f187a0eb783.txt', otherValue: 'not_started', otherAsOf: '2024-11-15',
    });
  });
});

describe('coverageByBasisSql', () => {
  const expected = loadTable('coverage.csv').groupby('status', 'basis')
    .rollup({ cells: aq.op.count(), models: aq.op.distinct('model_no') }).objects() as CoverageBasisRow[];
  const rank = (status: string) => ['deployed', 'not_deployed', 'unknown'].indexOf(status);

  it("counts coverage.csv's cells and models for each status and basis", async () => {
    const rows = await db.all<CoverageBasisRow>(coverageByBasisSql());
    expect(rows).toHaveLength(expected.length);
    expect(rows).toEqual(expect.arrayContaining(expected));
    expect(rows.reduce((n, r) => n + r.cells, 0)).toBe(MODELS * PROVINCE_COUNT);
  });

  it('puts deployed first, then not deployed, then unknown, the largest basis first within each', async () => {
    const rows = await db.all<CoverageBasisRow>(coverageByBasisSql());
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect(rank(a.status) < rank(b.status) || (a.status === b.status && a.cells >= b.cells), `row ${i}`).toBe(true);
    }
    expect(rows[0]).toEqual({ status: 'deployed', basis: 'listed', cells: 1248, models: 30 });
  });

  it('gives the two models without a list 63 unknown cells each', async () => {
    const rows = await db.all<CoverageBasisRow>(coverageByBasisSql());
    expect(rows.find((r) => r.basis === 'no_list')).toEqual({ status: 'unknown', basis: 'no_list', cells: 2 * PROVINCE_COUNT, models: 2 });
  });
});
