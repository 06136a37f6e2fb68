/**
 * DuckDB-WASM in a Web Worker as a connector. The wasm and worker files are bundled by Vite (`?url`)
 * and served by the app itself; extensions are never fetched. A start that fails leaves no worker
 * behind.
 */
// Types only: the library loads with the engine, off the first screen's path.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { asError } from '../../lib/errors.ts';
import type { Connector, PlainRow } from './connector.ts';
import { plain } from './plain.ts';

/** How long the engine may take to start before it is given up. */
const START_TIMEOUT_MS = 60_000;

class WasmConnector implements Connector {
  private readonly deaths = new Set<(error: Error) => void>();

  constructor(private readonly db: AsyncDuckDB, private readonly conn: AsyncDuckDBConnection, private readonly worker: Worker) {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      for (const listener of this.deaths) listener(new Error(`the database engine stopped: ${e.message || 'worker error'}`));
      this.deaths.clear();
    });
  }

  async query(sql: string): Promise<PlainRow[]> {
    const table = await this.conn.query(sql);
    return table.toArray().map((row) => plain(row.toJSON()) as PlainRow);
  }

  queryAll(sqls: readonly string[]): Promise<PromiseSettledResult<PlainRow[]>[]> {
    // Each query is posted to the worker at once, without waiting for the one before: the worker
    // answers them in order, so the questions cost one round trip. (One statement gathering them
    // all as list columns, as before, took DuckDB twice as long as the questions themselves.)
    return Promise.allSettled(sqls.map((sql) => this.query(sql)));
  }

  async registerText(name: string, text: string): Promise<string> {
    await this.db.registerFileText(name, text);
    return name;
  }

  async dropText(name: string): Promise<void> {
    await this.db.dropFile(name);
  }

  onDeath(listener: (error: Error) => void): void {
    this.deaths.add(listener);
  }

  async close(): Promise<void> {
    this.deaths.clear();
    await this.db.terminate().catch(() => undefined);
    this.worker.terminate();
  }
}

/** A started DuckDB-WASM: the database, one connection with extensions switched off, and its worker. */
export interface WasmDatabase {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
  worker: Worker;
}

/** Starts DuckDB-WASM (the benchmark's scale experiments use it directly; the app through the connector). */
export async function startWasmDatabase(): Promise<WasmDatabase> {
  const { AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
  // A wasm that cannot be fetched fails inside the worker, whose promise then never settles: ask for it first.
  const probe = await fetch(wasmUrl, { method: 'HEAD' }).catch((e: unknown) => { throw new Error(`the database engine (wasm) could not be fetched: ${asError(e).message}`); });
  if (!probe.ok) throw new Error(`the database engine (wasm) could not be fetched: HTTP ${probe.status}`);
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`the database engine (wasm) did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      worker.addEventListener('error', (e) => { clearTimeout(timer); e.preventDefault(); fail(new Error(`the database engine (wasm) could not be loaded: ${e.message || 'worker error'}`)); }, { once: true });
      db.instantiate(wasmUrl).then(() => { clearTimeout(timer); done(); }, (e: unknown) => { clearTimeout(timer); fail(asError(e)); });
    });
    await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
    const conn = await db.connect();
    await conn.query('SET autoinstall_known_extensions = false');
    await conn.query('SET autoload_known_extensions = false');
    return { db, conn, worker };
  } catch (error) {
    // A failed start must not leave its worker alive beside the next attempt's.
    await db.terminate().catch(() => undefined);
    worker.terminate();
    throw error;
  }
}

/** Starts DuckDB-WASM as the coordinator's connector. */
export async function startWasmConnector(): Promise<Connector> {
  const { db, conn, worker } = await startWasmDatabase();
  return new WasmConnector(db, conn, worker);
}
