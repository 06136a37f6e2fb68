/** The "where these figures come from" questions in DuckDB on data/: sources and as-of dates cited, against Arquero's counts over the CSVs. */
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  coverageCitedSql, difficultiesCitedSql, indicatorsCitedSql, provinceReportCitedSql, type CitedRow,
} from '../../../../src/data/queries/provenance.ts';
import { MODELS, PROVINCE_COUNT } from '../../../../src/domain/rollout.ts';
import { appDbForFile, csvRows, loadTable } from '../../helpers.ts';

type Csv = Record<string, string | null>;
const asOfOf = new Map(csvRows('sources.csv').map((s) => [s.source, s.as_of]));

/** Source / as-of pairs of some rows with how many rows cite each, as the queries order them. */
function cited(rows: readonly { source?: string | null; asOf?: string | null }[]): CitedRow[] {
  const n = new Map<string, CitedRow>();
  for (const r of rows) {
    const key = `${r.source}|${r.asOf}`;
    const c = n.get(key) ?? { source: r.source!, asOf: r.asOf ?? null, rows: 0 };
    c.rows += 1;
    n.set(key, c);
  }
  return [...n.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : (a.asOf ?? '') < (b.asOf ?? '') ? -1 : 1));
}

const db = appDbForFile();

describe('coverageCitedSql', () => {
  const coverage = csvRows('coverage.csv');
  const groupOf = new Map(csvRows('models.csv').map((m) => [m.model_no, m.group]));
  const of = (keep: (c: Csv) => boolean) => cited(coverage.filter(keep).map((c) => ({ source: c.source, asOf: c.as_of })));

  it('cites report 000 as of 19 June 2024 for all 2,772 coverage rows', async () => {
    const rows = await db.all<CitedRow>(coverageCitedSql());
    expect(rows).toEqual(of(() => true));
    expect(rows).toEqual([{ source: '000_7f29e68dedb715cb.txt', asOf: '2024-06-19', rows: MODELS * PROVINCE_COUNT }]);
  });

  it("counts one group's rows (group II: 18 models × 63) or one model's (63)", async () => {
    expect(await db.all<CitedRow>(coverageCitedSql({ group: 'II' }))).toEqual(of((c) => groupOf.get(c.model_no) === 'II'));
    expect((await db.all<CitedRow>(coverageCitedSql({ group: 'II' })))[0]?.rows).toBe(18 * PROVINCE_COUNT);
    expect(await db.all<CitedRow>(coverageCitedSql({ model: 13 }))).toEqual(of((c) => c.model_no === '13'));
  });

  it('treats a null group as no filter, and cites nothing for an unknown group or model', async () => {
    expect(await db.all<CitedRow>(coverageCitedSql({ group: null }))).toEqual(of(() => true));
    expect(await db.all<CitedRow>(coverageCitedSql({ group: 'VI' }))).toEqual([]);
    expect(await db.all<CitedRow>(coverageCitedSql({ model: 99 }))).toEqual([]);
  });
});

describe('difficultiesCitedSql', () => {
  it("counts each source's distinct sentences, dated by sources.csv (national 000 and Bình Định's 003)", async () => {
    const sentences = loadTable('difficulties.csv').groupby('source').rollup({ rows: aq.op.distinct('difficulty_id') })
      .objects() as { source: string; rows: number }[];
    const expected = sentences.map((s) => ({ source: s.source, asOf: asOfOf.get(s.source) ?? null, rows: s.rows }))
      .sort((a, b) => (a.source < b.source ? -1 : 1));
    const rows = await db.all<CitedRow>(difficultiesCitedSql());
    expect(rows).toEqual(expected);
    expect(rows.map((r) => [r.source, r.asOf])).toEqual([['000_7f29e68dedb715cb.txt', '2024-06-19'], ['003_56915f187a0eb783.txt', '2024-11-15']]);
  });
});

describe('indicatorsCitedSql', () => {
  const indicators = csvRows('indicators.csv');
  const of = (ids: string[]) => cited(indicators.filter((i) => ids.includes(i.indicator_id!)).map((i) => ({ source: i.source, asOf: i.as_of })));

  it('cites report 002 at both of its dates for all indicators (an empty list is no filter)', async () => {
    const rows = await db.all<CitedRow>(indicatorsCitedSql([]));
    expect(rows).toEqual(of(indicators.map((i) => i.indicator_id!)));
    expect(rows.map((r) => r.asOf)).toEqual(['2024-06-20', '2024-07-09']);
    expect(rows.reduce((n, r) => n + r.rows, 0)).toBe(indicators.length);
  });

  it('cites only the dates of the indicators asked for, and nothing for an unknown id', async () => {
    const ids = ['driving_licence_renewal_applications', 'eid_activation_rate'];
    expect(await db.all<CitedRow>(indicatorsCitedSql(ids))).toEqual(of(ids));
    expect(await db.all<CitedRow>(indicatorsCitedSql(['eid_activation_rate']))).toEqual([{ source: '002_1c37787a67318719.txt', asOf: '2024-07-09', rows: 1 }]);
    expect(await db.all<CitedRow>(indicatorsCitedSql(['no_such_indicator']))).toEqual([]);
  });
});

describe('provinceReportCitedSql', () => {
  const reports = csvRows('province_models.csv');

  it("cites Bình Định's report 003 for its 42 rows and the plan 004 their deadlines come from", async () => {
    const mine = reports.filter((r) => r.province_code === 'VN-31');
    const expected = cited([
      ...mine.map((r) => ({ source: r.source, asOf: r.as_of })),
      ...mine.filter((r) => r.plan_source !== null).map((r) => ({ source: r.plan_source, asOf: asOfOf.get(r.plan_source) ?? null })),
    ]);
    const rows = await db.all<CitedRow>(provinceReportCitedSql('VN-31'));
    expect(rows).toEqual(expected);
    expect(rows).toEqual([
      { source: '003_56915f187a0eb783.txt', asOf: '2024-11-15', rows: 42 },
      { source: '004_edef7e0e54b6ea23.txt', asOf: '2023-12-01', rows: 42 },
    ]);
  });

  it('cites nothing for a province without a report of its own', async () => {
    expect(await db.all<CitedRow>(provinceReportCitedSql('VN-HN'))).toEqual([]);
  });
});
