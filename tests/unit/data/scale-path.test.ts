/**
 * The scale path (src/data/scale-path.ts) run by DuckDB under Node on a generated table whose rows
 * arrive shuffled, as an Arrow IPC stream: the stored rows are sorted and typed, and every question
 * answers on the rows and on the pre-aggregate exactly as Arquero answers it on the rows as they arrived.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { dictionary, int8, int16, int32, tableFromArrays, tableFromIPC, tableToIPC, uint8, utf8 } from '@uwdata/flechette';
import * as aq from 'arquero';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrowOf, generate, type ScaleColumns } from '../../../bench/scale/gen.ts';
import {
  loadScaleTable, modelSeriesSql, provincesInMonthSql, SCALE, statusTotalsSql, type ScaleConnection, type ScaleSource,
} from '../../../src/data/scale-path.ts';
import { PROVINCES } from '../../../src/domain/provinces.ts';
import { str } from '../../../src/data/sql.ts';

const STATUS = ['deployed', 'not_deployed', 'unknown'];
const CODES = PROVINCES.map((p) => p.code);

/** The generator's columns for 70 communes (more than one per province), their rows in a shuffled order. */
function shuffled(): ScaleColumns {
  const { columns: c } = generate(44 * 24 * 70);
  const order = Array.from(c.commune_id, (_, i) => i);
  let seed = 13;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const pick = <T extends Int32Array | Uint8Array | Int16Array>(a: T): T => { const out = a.slice() as T; order.forEach((from, to) => { out[to] = a[from]!; }); return out; };
  return { commune_id: pick(c.commune_id), province: pick(c.province), model_no: pick(c.model_no), month: pick(c.month), status: pick(c.status), events: pick(c.events) };
}

let conn: DuckDBConnection;
let oracle: aq.ColumnTable;
const all = async (sql: string): Promise<Record<string, unknown>[]> =>
  (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));

/**
 * DuckDB under Node over the calls the path makes. Node's DuckDB reads no Arrow without an
 * extension, so the insert does what DuckDB-WASM's does by other means: the stream's columns, by
 * position, into the table (created from them, or existing, cast to its types).
 */
const node: ScaleConnection = {
  query: async (sql) => { const rows = await all(sql); return { toArray: () => rows.map((r) => ({ toJSON: () => r })) }; },
  insertArrowFromIPCStream: async (ipc, { name, create }) => {
    const table = tableFromIPC(ipc);
    const names = table.schema.fields.map((f) => f.name);
    const path = resolve(tmpdir(), `scale-path-${process.pid}.csv`);
    writeFileSync(path, `${names.join(',')}\n${table.toArray().map((r) => names.map((n) => String((r as Record<string, unknown>)[n])).join(',')).join('\n')}\n`);
    const read = `SELECT * FROM read_csv(${str(path)}, header = true, auto_detect = false, columns = {${names.map((n) => `${str(n)}: ${/code|status/.test(n) ? "'VARCHAR'" : "'BIGINT'"}`).join(', ')}})`;
    await conn.run(`CREATE OR REPLACE TEMP TABLE arrow_stream AS ${read}`);
    try {
      await conn.run(create ? `CREATE TABLE "${name}" AS FROM arrow_stream` : `INSERT INTO "${name}" FROM arrow_stream`);
    } finally {
      await conn.run('DROP TABLE arrow_stream');
    }
  },
};

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  const c = shuffled();
  oracle = aq.from(Array.from(c.commune_id, (id, i) => ({
    commune_id: id, province_code: CODES[c.province[i] ?? 0], model_no: c.model_no[i], month: c.month[i], status: STATUS[c.status[i] ?? 2], events: c.events[i],
  })));
  await loadScaleTable(node, arrowOf(c));
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
    expect((await all(`SELECT table_name FROM duckdb_tables() ORDER BY 1`)).map((r) => r.table_name)).toEqual([SCALE.rows, SCALE.byCell].sort());
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

  /** A one-row stream of the generator's column types, with `row`'s values over a good row's. */
  const oneRow = (row: Record<string, unknown>): Uint8Array => {
    const values: Record<string, unknown> = { commune_id: 1, model_no: 1, month: 202301, events: 0, province_code: 'VN-31', status: 'deployed', ...row };
    const types = { commune_id: int32(), model_no: uint8(), month: int32(), events: int16(), province_code: dictionary(utf8(), int8()), status: dictionary(utf8(), int8()) };
    const present = Object.keys(values).filter((k) => values[k] !== undefined);
    return tableToIPC(tableFromArrays(Object.fromEntries(present.map((k) => [k, [values[k]]])),
      { types: Object.fromEntries(present.map((k) => [k, types[k as keyof typeof types] ?? utf8()])) }), { format: 'stream' })!;
  };

  it.each([
    { row: { status: 'deployd' }, error: /does not fit its column.*'deployd'/ },
    { row: { province_code: 'VN-99' }, error: /does not fit its column.*'VN-99'/ },
    { row: { events: undefined }, error: 'scale table: no column events' },
    { row: { district: 'x' }, error: 'scale table: unknown column district' },
  ])('a stream with $row is refused with a message saying why, and the table stored before is kept', async ({ row, error }) => {
    const count = `SELECT count(*) AS n, sum(events) AS events FROM ${SCALE.rows}`;
    const before = await all(count);
    await expect(loadScaleTable(node, oneRow(row))).rejects.toThrow(error);
    expect(await all(count)).toEqual(before);
    expect((await all(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ${str(SCALE.staged)}`))[0]?.n).toBe(0);
  });
});
