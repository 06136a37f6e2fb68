/**
 * DuckDB-WASM in a Web Worker, behind one shared promise. The wasm and worker files are
 * bundled by Vite (`?url`) and served by the app itself; extensions are never fetched.
 * At start every table is loaded: the user's upload where this browser stores one
 * (user-store.ts), the bundled file of the app's own /data/ folder otherwise.
 */
// Types only: the library itself loads with the engine (start), off the first screen's path.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { createTableFromCsvSql } from './load-sql.ts';
import { TABLES, type TableSchema } from './schema.ts';
import { ident } from './sql.ts';
import { wantedTexts, type TableText } from './table-texts.ts';
import { loadUserState, NO_UPLOADS, type UserState } from './user-store.ts';

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
      await this.conn.query(createTableFromCsvSql(stagingName(schema), schema, fileName, text));
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

async function start(): Promise<DuckDbClient> {
  report({ stage: 'engine' });
  const { AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  // A wasm that cannot be fetched fails inside the worker, whose promise then never settles: ask
  // for it here first, and stop at the worker's first error, or after a minute.
  const probe = await fetch(wasmUrl, { method: 'HEAD' }).catch((e: unknown) => { throw new Error(`the database engine (wasm) could not be fetched: ${e instanceof Error ? e.message : String(e)}`); });
  if (!probe.ok) throw new Error(`the database engine (wasm) could not be fetched: HTTP ${probe.status}`);
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('the database engine (wasm) did not start within 60 s')), 60_000);
    worker.addEventListener('error', (e) => { clearTimeout(timer); e.preventDefault(); fail(new Error(`the database engine (wasm) could not be loaded: ${e.message || 'worker error'}`)); }, { once: true });
    db.instantiate(wasmUrl).then(() => { clearTimeout(timer); done(); }, (e: unknown) => { clearTimeout(timer); fail(e instanceof Error ? e : new Error(String(e))); });
  });
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SET autoinstall_known_extensions = false');
  await conn.query('SET autoload_known_extensions = false');
  const client = new DuckDbClient(db, conn, worker);
  let loaded = 0;
  report({ stage: 'tables', loaded, total: TABLES.length });
  const onEach = (): void => report({ stage: 'tables', loaded: ++loaded, total: TABLES.length });
  storedUploadsFailed = null;
  const state = await loadUserState().catch((error: unknown) => { storedUploadsFailed = asError(error); return NO_UPLOADS; });
  try {
    await loadTexts(client, await wantedTexts(TABLES, state, onEach));
  } catch (error) {
    // Stored uploads that no longer load must not keep the dashboard from starting: start on the bundled data.
    if (Object.keys(state.current).length === 0) throw error;
    storedUploadsFailed = asError(error);
    loaded = 0;
    await loadTexts(client, await wantedTexts(TABLES, NO_UPLOADS, onEach));
  }
  // From now on, a worker that dies takes the database with it: start afresh.
  worker.addEventListener('error', () => { void restartDatabase(); });
  report({ stage: 'ready' });
  return client;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

let storedUploadsFailed: Error | null = null;

/** Why this browser's stored uploads could not be read or loaded at start (the bundled data were loaded instead), or null. */
export const storedUploadsProblem = (): Error | null => storedUploadsFailed;

/** Which tables hold an upload now (table name → stored id); the others hold their bundled file. */
const uploadsLoaded = new Map<string, string>();

/** The stored id of the upload a table holds, or null when it holds its bundled file. */
export const uploadLoaded = (table: string): string | null => uploadsLoaded.get(table) ?? null;

/** Loads texts into the database at once (all or nothing) and remembers which are uploads. */
async function loadTexts(client: DuckDbClient, texts: ReadonlyMap<TableSchema, TableText>): Promise<void> {
  await client.replaceTables(new Map([...texts].map(([s, t]) => [s, t.text])));
  for (const [s, t] of texts) {
    if (t.upload) uploadsLoaded.set(s.name, t.upload); else uploadsLoaded.delete(s.name);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs changes of the loaded data one at a time (refresh, upload, undo, restore), so none sees another half done. */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Loads the tables `state` asks for (uploads or bundled files) into the running database, all or
 * nothing, without telling the views yet: call `publishDataChange` once the change is final.
 */
export async function loadState(tables: readonly TableSchema[], state: UserState): Promise<void> {
  const client = await database();
  await answered(loadTexts(client, await wantedTexts(tables, state)), 6 * QUERY_TIMEOUT_MS);
}

/** Tells every query to re-run on the data now loaded (all views update together). */
export function publishDataChange(): void {
  bumpDataVersion();
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
 * Checks every table for a change (by content) and reloads the changed ones into DuckDB at once,
 * without reloading the page. A table the user uploaded in this browser is checked against the
 * stored upload, never against its bundled file: the upload wins until "restore bundled data"
 * (an upload or restore made in another tab shows here at the next refresh). Throws (leaving the
 * loaded data as they were) when a file cannot be fetched or read.
 */
export function refreshData(): Promise<RefreshResult> {
  return oneAtATime(async () => {
    const client = await database();
    await client.query('SELECT 1');  // a dead worker shows here, and is restarted
    // If the stored uploads cannot be read now, keep the tables that hold uploads as they are.
    const state = await loadUserState().catch(() => null);
    const tables = state ? TABLES : TABLES.filter((s) => !uploadsLoaded.has(s.name));
    const texts = await wantedTexts(tables, state ?? NO_UPLOADS);
    const changed = [...texts].filter(([s, t]) => client.fingerprints.get(s.file) !== fingerprint(t.text) || uploadLoaded(s.name) !== t.upload);
    if (changed.length === 0) return { changed: [] };
    await answered(loadTexts(client, new Map(changed)), 6 * QUERY_TIMEOUT_MS);
    bumpDataVersion();
    return { changed: changed.map(([s]) => s.file) };
  });
}
