/**
 * The scale path (src/data/scale-path.ts) run by DuckDB under Node on a generated table whose rows
 * arrive shuffled: the stored rows are sorted and typed, and every question answers on the rows and
 * on the pre-aggregate exactly as Arquero answers it on the rows as they arrived.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as aq from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../bench/scale/gen.ts';
import {
  buildScalePreAggregate, modelSeriesSql, provincesInMonthSql, SCALE, statusTotalsSql, storeScaleRows, type ScaleConnection, type ScaleSource,
} from '../../../src/data/scale-path.ts';
import { PROVINCES } from '../../../src/domain/provinces.ts';
import { str } from '../../../src/data/sql.ts';

const STATUS = ['deployed', 'not_deployed', 'unknown'];
const CODES = PROVINCES.map((p) => p.code);

/** The generator's rows for 70 communes (more than one per province), in a shuffled order, as plain objects. */
function shuffledRows(): Record<string, string | number>[] {
  const { columns: c } = generate(44 * 24 * 70);
  const rows = Array.from(c.commune_id, (id, i) => ({
    commune_id: id, province_code: CODES[c.province[i] ?? 0] ?? '', model_no: c.model_no[i] ?? 0,
    month: c.month[i] ?? 0, status: STATUS[c.status[i] ?? 2] ?? 'unknown', events: c.events[i] ?? 0,
  }));
  let seed = 13;
  for (let i = rows.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return rows;
}

let conn: DuckDBConnection;
let oracle: aq.ColumnTable;
const all = async (sql: string): Promise<Record<string, unknown>[]> =>
  (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
/** The connection calls the path makes, over DuckDB under Node. */
const node: ScaleConnection = {
  query: async (sql) => { const rows = await all(sql); return { toArray: () => rows.map((r) => ({ toJSON: () => r })) }; },
  insertArrowFromIPCStream: () => Promise.reject(new Error('not used under Node: the rows are read from CSV')),
};

/** Arrives as the engine would insert it: every column as it came, codes and statuses as text. */
async function insertRaw(rows: readonly Record<string, string | number>[]): Promise<void> {
  const path = resolve(tmpdir(), `scale-path-${process.pid}.csv`);
  writeFileSync(path, `commune_id,province_code,model_no,month,status,events\n${rows.map((r) => Object.values(r).join(',')).join('\n')}\n`);
  await conn.run(`CREATE OR REPLACE TABLE ${SCALE.raw} AS SELECT * FROM read_csv(${str(path)}, header = true, auto_detect = false,
    columns = {'commune_id': 'INTEGER', 'province_code': 'VARCHAR', 'model_no': 'INTEGER', 'month': 'INTEGER', 'status': 'VARCHAR', 'events': 'INTEGER'})`);
}

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = shuffledRows();
  oracle = aq.from(rows);
  await insertRaw(rows);
  await storeScaleRows(node);
  await buildScalePreAggregate(node);
});

const SOURCES: ScaleSource[] = ['rows', 'byCell'];
const CASES = [{ model: 1, month: 202301 }, { model: 13, month: 202406 }, { model: 44, month: 202412 }, { model: 27, month: 202311 }];

describe('the scale path, on 70 communes × 44 models × 24 months that arrive shuffled', () => {
  it('stores the rows sorted by model, month and province, with statuses and codes as ENUMs', async () => {
    const types = Object.fromEntries((await all(`DESCRIBE ${SCALE.rows}`)).map((r) => [r.column_name, String(r.column_type)]));
    expect(types.status).toBe(`ENUM(${STATUS.map(str).join(', ')})`);
    expect(types.province_code).toMatch(/^ENUM\('VN-/);
    const order = await all(`SELECT model_no, month, province_code::VARCHAR AS p FROM ${SCALE.rows}`);
    const key = (r: Record<string, unknown>): number => (Number(r.model_no) * 1e6 + Number(r.month)) * 100 + CODES.indexOf(String(r.p));
    expect(order).toHaveLength(oracle.numRows());
    expect(order.every((r, i) => i === 0 || key(order[i - 1]!) <= key(r))).toBe(true);
    expect((await all(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ${str(SCALE.raw)}`))[0]?.n).toBe(0);
  });

  it.each(CASES)('provinces in a month (model $model, $month): the rows and the pre-aggregate answer as Arquero does', async ({ model, month }) => {
    const expected = oracle.params({ model, month }).filter('(d, $) => d.model_no === $.model && d.month === $.month').groupby('province_code')
      .rollup({ deployed: "d => op.sum(d.status === 'deployed' ? 1 : 0)", events: 'd => op.sum(d.events)' })
      .objects().map((r: object) => { const o = r as Record<string, number | string>; return { provinceCode: o.province_code, deployed: o.deployed, events: o.events }; });
    const sorted = (rows: readonly object[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(expected).toHaveLength(63);
    for (const s of SOURCES) expect(sorted(await all(provincesInMonthSql(s, model, month)))).toEqual(sorted(expected));
  });

  it.each(CASES)('a model month by month (model $model): the rows and the pre-aggregate answer as Arquero does', async ({ model }) => {
    const expected = oracle.params({ model }).filter('(d, $) => d.model_no === $.model').groupby('month')
      .rollup({ deployed: "d => op.sum(d.status === 'deployed' ? 1 : 0)" }).orderby('month').objects();
    expect(expected).toHaveLength(24);
    for (const s of SOURCES) expect(await all(modelSeriesSql(s, model))).toEqual(expected);
  });

  it.each(CASES)('status totals in a month ($month): the rows and the pre-aggregate answer as Arquero does', async ({ month }) => {
    const expected = oracle.params({ month }).filter('(d, $) => d.month === $.month').groupby('status')
      .rollup({ communes: () => aq.op.count(), events: 'd => op.sum(d.events)' }).orderby('status').objects();
    for (const s of SOURCES) expect(await all(statusTotalsSql(s, month))).toEqual(expected);
  });

  it.each([
    { column: 'status', row: { province_code: 'VN-31', status: 'deployd' }, value: 'deployd' },
    { column: 'province_code', row: { province_code: 'VN-99', status: 'deployed' }, value: 'VN-99' },
  ])('names a $column outside its ENUM, and keeps the table stored before', async ({ column, row, value }) => {
    const before = await all(`SELECT count(*) AS n FROM ${SCALE.rows}`);
    await insertRaw([{ commune_id: 1, model_no: 1, month: 202301, events: 0, ...row }].map((r) => ({
      commune_id: r.commune_id, province_code: r.province_code, model_no: r.model_no, month: r.month, status: r.status, events: r.events,
    })));
    await expect(storeScaleRows(node)).rejects.toThrow(`column ${column} holds "${value}"`);
    expect(await all(`SELECT count(*) AS n FROM ${SCALE.rows}`)).toEqual(before);
  });
});
