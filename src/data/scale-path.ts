/**
 * The load path for a very large table of rows by commune × model × month (10 million and more;
 * the shape of `npm run gen:scale`'s table): Arrow IPC in, then stored the way DuckDB answers
 * interactive questions fastest.
 * - Inserted straight into typed columns: DuckDB casts the Arrow dictionaries to the ENUMs as it
 *   inserts, rather than spelling out ten million strings first (several times faster).
 * - Sorted by the columns views filter on (model, month, province): DuckDB keeps the min and max of
 *   every column per row group (its zone maps), so a filter on model and month reads the one or two
 *   row groups that can match instead of all of them.
 * - Statuses and province codes as ENUMs: one byte a value, compared and grouped as integers.
 * - A pre-aggregate by model × month × province × status, built once after load (Mosaic's
 *   materialized views): the questions no sort order serves (one month across every model) read
 *   its rows instead of every commune's.
 * Every step but the insert is plain SQL, so DuckDB under Node (tests) runs the same path.
 */
import { tableFromIPC } from '@uwdata/flechette';
import { COVERAGE_STATUSES } from '../domain/coverage.ts';
import { PROVINCES } from '../domain/provinces.ts';
import { ident, int, str } from './sql.ts';
import { asError } from '../lib/errors.ts';

/** The coverage statuses, in the order of their ENUM. */

/** Table and type names of the scale path. */
export const SCALE = {
  /** The rows inserted as they are (the way the engine loads any table), to compare the path with. */
  raw: 'scale_raw',
  /** The rows inserted into typed columns in the order they arrive, dropped once stored sorted. */
  staged: 'scale_staged',
  /** The rows, sorted and typed. */
  rows: 'scale',
  /** The pre-aggregate by model × month × province × status. */
  byCell: 'scale_by_model_month_province',
  statusType: 'coverage_status',
  provinceType: 'province_code',
} as const;

/** The two ENUM types (statuses, the 63 province codes in the order of `PROVINCES`). */
export const scaleTypesSql = (): string[] => [
  `CREATE TYPE IF NOT EXISTS ${SCALE.statusType} AS ENUM (${COVERAGE_STATUSES.map(str).join(', ')})`,
  `CREATE TYPE IF NOT EXISTS ${SCALE.provinceType} AS ENUM (${PROVINCES.map((p) => str(p.code)).join(', ')})`,
];

/** The type each column of the scale table is stored as. */
export const SCALE_COLUMNS: Readonly<Record<string, string>> = {
  model_no: 'UTINYINT', month: 'INTEGER', province_code: SCALE.provinceType, status: SCALE.statusType, commune_id: 'INTEGER', events: 'SMALLINT',
};

/** The stored table: the staged rows sorted by model, month and province (so zone maps skip row groups). */
export const sortedRowsSql = (): string => `
  CREATE OR REPLACE TABLE ${ident(SCALE.rows)} AS
  SELECT ${Object.keys(SCALE_COLUMNS).map(ident).join(', ')} FROM ${ident(SCALE.staged)}
  ORDER BY model_no, month, province_code`;

/** The pre-aggregate: communes and events per model, month, province and status, in the same order. */
export const preAggregateSql = (): string => `
  CREATE OR REPLACE TABLE ${ident(SCALE.byCell)} AS
  SELECT model_no, month, province_code, status, count(*)::INTEGER AS communes, sum(events)::BIGINT AS events
  FROM ${ident(SCALE.rows)}
  GROUP BY ALL
  ORDER BY model_no, month, province_code, status`;

/** Which table a question reads: the commune rows, or the pre-aggregate (its counts are summed). */
export type ScaleSource = 'rows' | 'byCell' | 'raw';

const from = (source: ScaleSource): { table: string; n: string; events: string } => source === 'byCell'
  ? { table: ident(SCALE.byCell), n: 'sum(communes)', events: 'sum(events)' }
  : { table: ident(source === 'raw' ? SCALE.raw : SCALE.rows), n: 'count(*)', events: 'sum(events)' };

/** One row of `provincesInMonthSql`. */
export interface ProvinceInMonthRow { provinceCode: string; deployed: number; events: number }

/** Communes that deployed one model in one month, and their events, per province (most first): the map's question. */
export function provincesInMonthSql(source: ScaleSource, model: number, month: number): string {
  const f = from(source);
  return `SELECT province_code::VARCHAR AS "provinceCode",
      coalesce(${f.n} FILTER (WHERE status = 'deployed'), 0)::INTEGER AS deployed, ${f.events}::BIGINT AS events
    FROM ${f.table} WHERE model_no = ${int(model)} AND month = ${int(month)}
    GROUP BY 1 ORDER BY 2 DESC, 1`;
}

/** One row of `modelSeriesSql`. */
export interface ModelSeriesRow { month: number; deployed: number }

/** Communes that deployed one model, month by month: a line chart's question. */
export function modelSeriesSql(source: ScaleSource, model: number): string {
  const f = from(source);
  return `SELECT month, coalesce(${f.n} FILTER (WHERE status = 'deployed'), 0)::INTEGER AS deployed
    FROM ${f.table} WHERE model_no = ${int(model)} GROUP BY 1 ORDER BY 1`;
}

/** One row of `statusTotalsSql`. */
export interface StatusTotalRow { status: string; communes: number; events: number }

/** Commune-model cells and events by status in one month, across every model: the key figures' question. */
export function statusTotalsSql(source: ScaleSource, month: number): string {
  const f = from(source);
  return `SELECT status::VARCHAR AS status, ${f.n}::INTEGER AS communes, ${f.events}::BIGINT AS events
    FROM ${f.table} WHERE month = ${int(month)} GROUP BY 1 ORDER BY 1`;
}

/** The few calls of a DuckDB connection the scale path needs (DuckDB-WASM's AsyncDuckDBConnection has them). */
export interface ScaleConnection {
  query(sql: string): Promise<{ toArray(): { toJSON(): Record<string, unknown> }[] }>;
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): Promise<void>;
}

/**
 * The staging table, its columns in the order of the stream's (an Arrow insert goes by position),
 * or an error naming a column the stream lacks or should not have.
 */
export function stagingTableSql(streamColumns: readonly string[]): string {
  const missing = Object.keys(SCALE_COLUMNS).filter((c) => !streamColumns.includes(c));
  const unknown = streamColumns.filter((c) => !(c in SCALE_COLUMNS));
  if (missing.length || unknown.length) {
    throw new Error(`scale table: ${[missing.length ? `no column ${missing.join(', ')}` : '', unknown.length ? `unknown column ${unknown.join(', ')}` : ''].filter(Boolean).join('; ')}`);
  }
  return `CREATE OR REPLACE TABLE ${ident(SCALE.staged)} (${streamColumns.map((c) => `${ident(c)} ${SCALE_COLUMNS[c]}`).join(', ')})`;
}

/** The Arrow IPC stream inserted as it is, into `scale_raw` (the way the engine loads any table; dictionaries become text). */
export async function insertRawScaleRows(conn: ScaleConnection, ipc: Uint8Array): Promise<void> {
  await conn.query(`DROP TABLE IF EXISTS ${ident(SCALE.raw)}`);
  await conn.insertArrowFromIPCStream(ipc, { name: SCALE.raw, create: true });
}

/**
 * Step 1: the stream inserted into typed columns (`scale_staged`). A value outside the ENUMs fails
 * the insert (DuckDB names the value and its column), as does a number too large for its type, and nothing is replaced. The worker takes
 * the buffer it is given: pass a copy to keep it.
 */
export async function stageScaleRows(conn: ScaleConnection, ipc: Uint8Array): Promise<void> {
  for (const sql of scaleTypesSql()) await conn.query(sql);
  await conn.query(stagingTableSql(tableFromIPC(ipc).schema.fields.map((f) => f.name)));
  try {
    await conn.insertArrowFromIPCStream(ipc, { name: SCALE.staged, create: false });
  } catch (error) {
    await conn.query(`DROP TABLE IF EXISTS ${ident(SCALE.staged)}`);
    const why = asError(error).message;
    throw new Error(`scale table: a value does not fit its column, e.g. a province code or status that is not one of its known values (${why})`, { cause: error });
  }
}

/** Step 2: the staged rows stored sorted in place of the table before (which stays until then), the staged copy dropped. */
export async function storeScaleRows(conn: ScaleConnection): Promise<void> {
  await conn.query(sortedRowsSql());
  await conn.query(`DROP TABLE ${ident(SCALE.staged)}`);
}

/** Step 3: the pre-aggregate, built once from the stored rows. */
export async function buildScalePreAggregate(conn: ScaleConnection): Promise<void> {
  await conn.query(preAggregateSql());
}

/** The whole scale path: typed insert, sorted store, pre-aggregate. */
export async function loadScaleTable(conn: ScaleConnection, ipc: Uint8Array): Promise<void> {
  await stageScaleRows(conn, ipc);
  await storeScaleRows(conn);
  await buildScalePreAggregate(conn);
}
