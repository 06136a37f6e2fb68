/**
 * A DuckDB-WASM of the scale experiments' own, apart from the app's database: the same bundled
 * engine files (eh build, served by the bench page itself), started the plainest way.
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

/** A started engine and one connection to it. */
export interface Engine { db: AsyncDuckDB; conn: AsyncDuckDBConnection; worker: Worker }

/** Starts a DuckDB-WASM in its own worker. */
export async function startEngine(): Promise<Engine> {
  // Loaded as the app loads it (db.ts), so the bundle keeps one copy of the client.
  const { AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  return { db, conn, worker };
}

/** A query's rows as plain objects, as the app's client returns them. */
export async function rows(conn: AsyncDuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.query(sql)).toArray().map((r: { toJSON(): Record<string, unknown> }) => ({ ...r.toJSON() }));
}

/** Bytes DuckDB's buffer manager holds now (tables, pre-aggregates, and what queries keep), from duckdb_memory(). */
export async function memoryInUse(conn: AsyncDuckDBConnection): Promise<number> {
  const [row] = await rows(conn, 'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()');
  return Number(row?.bytes ?? NaN);
}
