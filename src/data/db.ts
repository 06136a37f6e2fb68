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

/** How long a query may take before the worker is taken for dead. */
export const QUERY_TIMEOUT_MS = 10_000;

/** `work`, or an error (and a restart of the database) if DuckDB does not answer within `ms`. */
async function answered<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`DuckDB did not answer within ${ms / 1000} s`));
      void restartDatabase();
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The client over a started database. */
export class DuckDbClient implements QueryClient {
  /** A fingerprint of the text each table was last loaded from, by file name. */
  readonly fingerprints = new Map<string, string>();

  constructor(readonly db: AsyncDuckDB, private readonly conn: AsyncDuckDBConnection, readonly worker: Worker) {}

  /**
   * Runs a query and returns plain row objects (BIGINT and DECIMAL arrive as numbers, lists as
   * arrays). A worker that stopped answering would leave the promise pending for ever, so a query
   * that takes longer than `QUERY_TIMEOUT_MS` fails and the database is restarted.
   */
  async query<T>(sql: string): Promise<T[]> {
    const table = await answered(this.conn.query(sql), QUERY_TIMEOUT_MS);
    return table.toArray().map((row) => plain(row.toJSON()) as T);
  }

  /**
   * Replaces tables from CSV texts, all together or not at all: each text is read into a
   * staging table first (a broken file fails there, before anything changes), then one
   * transaction swaps every staging table in. Columns not in the schema load as text.
   */
  async replaceTables(texts: ReadonlyMap<TableSchema, string>): Promise<void> {
    const staged: TableSchema[] = [];
    try {
      for (const [schema, text] of texts) {
        await this.stage(schema, text);
        staged.push(schema);
      }
      await this.conn.query('BEGIN TRANSACTION');
      for (const schema of staged) {
        await this.conn.query(`DROP TABLE IF EXISTS ${ident(schema.name)}`);
        await this.conn.query(`ALTER TABLE ${ident(stagingName(schema))} RENAME TO ${ident(schema.name)}`);
      }
      await this.conn.query('COMMIT');
    } catch (error) {
      await this.conn.query('ROLLBACK').catch(() => undefined);
      for (const schema of staged) await this.conn.query(`DROP TABLE IF EXISTS ${ident(stagingName(schema))}`).catch(() => undefined);
      throw error;
    }
    for (const [schema, text] of texts) this.fingerprints.set(schema.file, fingerprint(text));
  }

  private async stage(schema: TableSchema, text: string): Promise<void> {
    const fileName = `${schema.name}-${Date.now()}.csv`;
    await this.db.registerFileText(fileName, text);
    try {
      const columns = csvHeader(text).map((c) => `${str(c)}: ${str(schema.columns[c] ?? 'VARCHAR')}`).join(', ');
      await this.conn.query(`CREATE OR REPLACE TABLE ${ident(stagingName(schema))} AS SELECT * FROM read_csv(${str(fileName)},
        header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`);
    } finally {
      await this.db.dropFile(fileName);
    }
  }
}

const stagingName = (schema: TableSchema): string => `__staging_${schema.name}`;

/** A 53-bit hash of a text (cyrb53): enough to notice a changed file, and it needs no secure context. */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
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
  // A worker that dies takes the database with it: forget it, so the next query starts afresh.
  worker.addEventListener('error', () => { void restartDatabase(); });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  const client = new DuckDbClient(db, conn, worker);
  let loaded = 0;
  report({ stage: 'tables', loaded, total: TABLES.length });
  const texts = await Promise.all(TABLES.map(async (s) => {
    const text = await fetchText(`data/${s.file}`);
    report({ stage: 'tables', loaded: ++loaded, total: TABLES.length });
    return [s, text] as const;
  }));
  await client.replaceTables(new Map(texts));
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

/** Stops the current database (its worker too) and starts a new one, reloading every table. */
export async function restartDatabase(): Promise<DuckDbClient> {
  if (restarting) return restarting;
  restarting = restartNow().finally(() => { restarting = undefined; });
  return restarting;
}

let restarting: Promise<DuckDbClient> | undefined;

async function restartNow(): Promise<DuckDbClient> {
  const old = booting;
  booting = undefined;
  if (old) {
    await old.then(async (c) => {
      await c.db.terminate().catch(() => undefined);
      c.worker.terminate();
    }, () => undefined);
  }
  const next = await database();
  bumpDataVersion();
  return next;
}

let version = 0;
const versionListeners = new Set<() => void>();

/** A number that changes whenever the loaded data change (a refresh, a restart): queries re-run on it. */
export const dataVersion = (): number => version;

/** Subscribes to data changes; returns the unsubscribe function. */
export function onDataVersion(listener: () => void): () => void {
  versionListeners.add(listener);
  return () => versionListeners.delete(listener);
}

function bumpDataVersion(): void {
  version++;
  for (const l of versionListeners) l();
}

/** What a refresh found. */
export interface RefreshResult {
  changed: string[];
}

/**
 * Checks every table's file for a change (by content) and reloads the changed ones into DuckDB
 * at once, without reloading the page. Throws (leaving the loaded data as they were) when a file
 * cannot be fetched or read.
 */
export async function refreshData(): Promise<RefreshResult> {
  const client = await database();
  await client.query('SELECT 1');  // a dead worker shows here, and is restarted
  const texts = await Promise.all(TABLES.map(async (s) => [s, await fetchText(`data/${s.file}`)] as const));
  const changed = texts.filter(([s, text]) => client.fingerprints.get(s.file) !== fingerprint(text));
  if (changed.length === 0) return { changed: [] };
  await answered(client.replaceTables(new Map(changed)), 6 * QUERY_TIMEOUT_MS);
  bumpDataVersion();
  return { changed: changed.map(([s]) => s.file) };
}
