/**
 * DuckDB-WASM in a Web Worker, behind one shared promise. The wasm and worker files are
 * bundled by Vite (`?url`) and served by the app itself; extensions are never fetched.
 * At start every table of data/ is loaded from the app's own /data/ folder.
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { csvHeader } from './csv-header.ts';
import { TABLES, type TableSchema } from './schema.ts';
import { ident, str } from './sql.ts';

/** Where the boot is: the dashboard shows it while the first queries wait. */
export type BootProgress =
  | { stage: 'engine' }
  | { stage: 'tables'; loaded: number; total: number }
  | { stage: 'ready' }
  | { stage: 'failed'; error: Error };

/** The query interface views use (through `useQuery`), whatever answers it. */
export interface QueryClient {
  query<T>(sql: string): Promise<T[]>;
}

type Listener = (p: BootProgress) => void;
const listeners = new Set<Listener>();
let progress: BootProgress = { stage: 'engine' };
let booting: Promise<DuckDbClient> | undefined;

/** Subscribes to boot progress; returns the unsubscribe function. */
export function onBootProgress(listener: Listener): () => void {
  listeners.add(listener);
  listener(progress);
  return () => listeners.delete(listener);
}

/** The current boot progress. */
export const bootProgress = (): BootProgress => progress;

function report(p: BootProgress): void {
  progress = p;
  for (const l of listeners) l(p);
}

/** The client over a started database. */
export class DuckDbClient implements QueryClient {
  constructor(readonly db: AsyncDuckDB, private readonly conn: AsyncDuckDBConnection) {}

  /** Runs a query and returns plain row objects (BIGINT and DECIMAL arrive as numbers, lists as arrays). */
  async query<T>(sql: string): Promise<T[]> {
    const table = await this.conn.query(sql);
    return table.toArray().map((row) => plain(row.toJSON()) as T);
  }

  /** Creates or replaces one table from CSV text; columns not in the schema load as text. */
  async loadCsv(schema: TableSchema, text: string, tableName = schema.name): Promise<void> {
    const fileName = `${tableName}-${Date.now()}.csv`;
    await this.db.registerFileText(fileName, text);
    const columns = csvHeader(text).map((c) => `${str(c)}: ${str(schema.columns[c] ?? 'VARCHAR')}`).join(', ');
    await this.conn.query(`CREATE OR REPLACE TABLE ${ident(tableName)} AS SELECT * FROM read_csv(${str(fileName)},
      header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`);
    await this.db.dropFile(fileName);
  }
}

/** Arrow values as plain JavaScript: vectors (DuckDB lists) become arrays, structs objects. */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toArray?: unknown }).toArray === 'function' && !ArrayBuffer.isView(value)) {
    return Array.from((value as { toArray: () => ArrayLike<unknown> }).toArray(), plain);
  }
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>, plain);
  if (Array.isArray(value)) return value.map(plain);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

async function start(): Promise<DuckDbClient> {
  report({ stage: 'engine' });
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  const client = new DuckDbClient(db, conn);
  let loaded = 0;
  report({ stage: 'tables', loaded, total: TABLES.length });
  const texts = await Promise.all(TABLES.map((s) => fetchText(`data/${s.file}`)));
  for (const [i, schema] of TABLES.entries()) {
    await client.loadCsv(schema, texts[i] ?? '');
    report({ stage: 'tables', loaded: ++loaded, total: TABLES.length });
  }
  report({ stage: 'ready' });
  return client;
}

/** The started database; starts it on first call. A failed start can be retried by calling again. */
export function database(): Promise<DuckDbClient> {
  booting ??= start().catch((error: unknown) => {
    booting = undefined;
    const err = error instanceof Error ? error : new Error(String(error));
    report({ stage: 'failed', error: err });
    throw err;
  });
  return booting;
}
