/**
 * A DuckDB-WASM of the scale experiments' own, apart from the app's database: the same bundled
 * engine files (eh build, served by the bench page itself), started the way the app starts its own.
 */
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { startWasmDatabase, type WasmDatabase } from '../../src/data/engine/wasm-connector.ts';

/** A started engine and one connection to it. */
export type Engine = WasmDatabase;

/** Starts a DuckDB-WASM in its own worker, as the app starts its own (the bundle keeps one copy of the client). */
export const startEngine = (): Promise<Engine> => startWasmDatabase();

/** A query's rows as plain objects, as the app's client returns them. */
export async function rows(conn: AsyncDuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.query(sql)).toArray().map((r: { toJSON(): Record<string, unknown> }) => ({ ...r.toJSON() }));
}

/** Bytes DuckDB's buffer manager holds now (tables, pre-aggregates, and what queries keep), from duckdb_memory(). */
export async function memoryInUse(conn: AsyncDuckDBConnection): Promise<number> {
  const [row] = await rows(conn, 'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()');
  return Number(row?.bytes ?? NaN);
}
