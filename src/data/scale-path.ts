/**
 * The load path for a very large table of rows by commune × model × month (10 million and more;
 * the shape of `npm run gen:scale`'s table): Arrow IPC in, then stored the way DuckDB answers
 * interactive questions fastest.
 * - Sorted by the columns views filter on (model, month, province): DuckDB keeps the min and max of
 *   every column per row group (its zone maps), so a filter on model and month reads the one or two
 *   row groups that can match instead of all of them.
 * - Statuses and province codes as ENUMs: one byte a value, compared and grouped as integers.
 * - A pre-aggregate by model × month × province × status, built once after load (Mosaic's
 *   materialized views): the questions no sort order serves (one month across every model) read
 *   its rows instead of every commune's.
 * Every step is plain SQL, so DuckDB under Node (tests) runs the same path as DuckDB-WASM.
 */
import { PROVINCES } from '../domain/provinces.ts';
import { ident, int, str } from './sql.ts';

/** The coverage statuses, in the order of their ENUM. */
export const SCALE_STATUSES = ['deployed', 'not_deployed', 'unknown'] as const;

/** Table and type names of the scale path. */
export const SCALE = {
  /** The rows as they arrive (Arrow IPC as it is), dropped once stored. */
  raw: 'scale_raw',
  /** The rows, sorted and typed. */
  rows: 'scale',
  /** The pre-aggregate by model × month × province × status. */
  byCell: 'scale_by_model_month_province',
  statusType: 'coverage_status',
  provinceType: 'province_code',
} as const;

/** The two ENUM types (statuses, the 63 province codes in the order of `PROVINCES`). */
export const scaleTypesSql = (): string[] => [
  `CREATE TYPE IF NOT EXISTS ${SCALE.statusType} AS ENUM (${SCALE_STATUSES.map(str).join(', ')})`,
  `CREATE TYPE IF NOT EXISTS ${SCALE.provinceType} AS ENUM (${PROVINCES.map((p) => str(p.code)).join(', ')})`,
];

/** The first value of `source` that its ENUM does not hold, as `{ column, value }` rows (none when all fit). */
export const valuesOutsideTypesSql = (source: string = SCALE.raw): string => `
  (SELECT 'province_code' AS "column", province_code::VARCHAR AS value FROM ${ident(source)}
    WHERE province_code IS NOT NULL AND TRY_CAST(province_code::VARCHAR AS ${SCALE.provinceType}) IS NULL LIMIT 1)
  UNION ALL
  (SELECT 'status', status::VARCHAR FROM ${ident(source)}
    WHERE status IS NOT NULL AND TRY_CAST(status::VARCHAR AS ${SCALE.statusType}) IS NULL LIMIT 1)`;

/** The stored table: typed, sorted by model, month and province (so zone maps skip row groups). */
export const sortedRowsSql = (source: string = SCALE.raw): string => `
  CREATE OR REPLACE TABLE ${ident(SCALE.rows)} AS
  SELECT model_no::UTINYINT AS model_no, month::INTEGER AS month,
    province_code::VARCHAR::${SCALE.provinceType} AS province_code, status::VARCHAR::${SCALE.statusType} AS status,
    commune_id::INTEGER AS commune_id, events::SMALLINT AS events
  FROM ${ident(source)}
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

const rowsOf = async (conn: ScaleConnection, sql: string): Promise<Record<string, unknown>[]> => (await conn.query(sql)).toArray().map((r) => r.toJSON());

/** Step 1: the Arrow IPC stream inserted as it is, into `scale_raw` (the way the engine loads any table). */
export async function insertScaleRows(conn: ScaleConnection, ipc: Uint8Array): Promise<void> {
  await conn.query(`DROP TABLE IF EXISTS ${ident(SCALE.raw)}`);
  await conn.insertArrowFromIPCStream(ipc, { name: SCALE.raw, create: true });
}

/**
 * Step 2: the inserted rows stored sorted and typed in place of the table before, and the inserted
 * copy dropped. A value outside the ENUMs fails the cast, and nothing is replaced; only then is the
 * table searched for it, so that the message names it (the check costs nothing when all is well).
 */
export async function storeScaleRows(conn: ScaleConnection): Promise<void> {
  for (const sql of scaleTypesSql()) await conn.query(sql);
  try {
    await conn.query(sortedRowsSql());
  } catch (error) {
    const [outside] = await rowsOf(conn, valuesOutsideTypesSql()).catch(() => []);
    await conn.query(`DROP TABLE IF EXISTS ${ident(SCALE.raw)}`);
    if (outside) throw new Error(`scale table: column ${String(outside.column)} holds ${JSON.stringify(outside.value)}, which is not one of its known values`, { cause: error });
    throw error;
  }
  await conn.query(`DROP TABLE ${ident(SCALE.raw)}`);
}

/** Step 3: the pre-aggregate, built once from the stored rows. */
export async function buildScalePreAggregate(conn: ScaleConnection): Promise<void> {
  await conn.query(preAggregateSql());
}

/** The whole scale path: insert, store sorted and typed, pre-aggregate. */
export async function loadScaleTable(conn: ScaleConnection, ipc: Uint8Array): Promise<void> {
  await insertScaleRows(conn, ipc);
  await storeScaleRows(conn);
  await buildScalePreAggregate(conn);
}
