/**
 * The tables a user uploaded, kept in this browser's IndexedDB so they survive a reload: the
 * tables in force now and the ones before the last change (for undo). A table not listed is the
 * bundled one. Every change is written in one IndexedDB transaction.
 */

/** A table the user loaded. */
export interface StoredTable {
  id: string;
  table: string;
  fileName: string;
  /** ISO time it was applied. */
  loadedAt: string;
  rows: number;
  /** SHA-256 of the file as uploaded (hex). */
  sha256: string;
  /** The checked table as load CSV (src/upload/load-csv.ts). */
  csv: string;
}

/** Uploaded tables by table name, now and before the last change (null: nothing to undo). */
export interface UserState {
  current: Readonly<Record<string, StoredTable>>;
  previous: Readonly<Record<string, StoredTable>> | null;
}

/** No uploads: every table is the bundled one. */
export const NO_UPLOADS: UserState = { current: {}, previous: null };

const DB_NAME = 'de-an-06-uploads';
const TABLES = 'tables';
const STATE = 'state';

interface StateRecord {
  current: Record<string, string>;
  previous: Record<string, string> | null;
}

const done = <T>(req: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
});

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available in this browser'));
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(TABLES, { keyPath: 'id' });
    req.result.createObjectStore(STATE);
  };
  return done(req);
}

/** The stored state; no uploads when nothing was ever stored or the browser has no IndexedDB. Rejects when it cannot be read. */
export async function loadUserState(): Promise<UserState> {
  if (typeof indexedDB === 'undefined') return NO_UPLOADS;
  const db = await open();
  try {
    const tx = db.transaction([TABLES, STATE], 'readonly');
    const record = await done(tx.objectStore(STATE).get('state') as IDBRequest<StateRecord | undefined>);
    if (!record) return NO_UPLOADS;
    const byId = new Map((await done(tx.objectStore(TABLES).getAll() as IDBRequest<StoredTable[]>)).map((t) => [t.id, t]));
    const resolve = (ids: Record<string, string>): Record<string, StoredTable> => Object.fromEntries(
      Object.entries(ids).flatMap(([name, id]) => { const t = byId.get(id); return t ? [[name, t]] : []; }),
    );
    return { current: resolve(record.current), previous: record.previous ? resolve(record.previous) : null };
  } finally {
    db.close();
  }
}

/** Stores a new state in one transaction: new tables written, the state replaced, tables no longer referenced deleted. */
export async function saveUserState(state: UserState): Promise<void> {
  const db = await open();
  try {
    const tx = db.transaction([TABLES, STATE], 'readwrite');
    const finished = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    const tables = tx.objectStore(TABLES);
    const wanted = new Map([...Object.values(state.current), ...Object.values(state.previous ?? {})].map((t) => [t.id, t]));
    const have = new Set((await done(tables.getAllKeys())).map(String));
    for (const [id, t] of wanted) if (!have.has(id)) tables.put(t);
    for (const id of have) if (!wanted.has(id)) tables.delete(id);
    const ids = (m: Readonly<Record<string, StoredTable>>): Record<string, string> => Object.fromEntries(Object.entries(m).map(([k, t]) => [k, t.id]));
    tx.objectStore(STATE).put({ current: ids(state.current), previous: state.previous ? ids(state.previous) : null } satisfies StateRecord, 'state');
    await finished;
    markUploads(Object.keys(state.current).length > 0);
  } finally {
    db.close();
  }
}

const MARK = 'de-an-06-uploads';

function markUploads(any: boolean): void {
  try {
    if (any) localStorage.setItem(MARK, '1'); else localStorage.removeItem(MARK);
  } catch {
    // No storage (a private window, a test without DOM): the mark is only a hint.
  }
}

/**
 * Whether this browser holds uploads, answered at once (a mark kept beside IndexedDB): lets code
 * that shows precomputed answers of the bundled data before DuckDB starts stand aside.
 */
export function mayHaveUploads(): boolean {
  try {
    return localStorage.getItem(MARK) === '1';
  } catch {
    return false;
  }
}
