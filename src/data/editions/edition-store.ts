/**
 * The uploaded editions, kept in this browser's IndexedDB so they survive a reload: each edition's
 * description, its text in chunks (a file of a million rows is larger than one IndexedDB value may
 * be), and the editions state. Nothing is called saved until it has been read back: a write that
 * the browser refused or lost (storage full, storage cleared meanwhile) is an error that says so.
 */
import { fingerprint } from '../../lib/fingerprint.ts';
import { UPLOADS_MARK } from './uploads-mark.ts';
import { NO_EDITIONS, referenced, type Edition, type EditionsState } from './editions.ts';
import { StorageError, type EditionStorage } from './ports.ts';
import { asError } from '../../lib/errors.ts';

/** An edition as stored: its description and how its text was cut. */
interface EditionRecord extends Edition {
  chunks: number;
  length: number;
  textHash: string;
}


const DB_NAME = 'de-an-06-uploads';
const VERSION = 2;
const EDITIONS = 'editions';
const CHUNKS = 'chunks';
const STATE = 'state';
/** Characters per stored chunk (IndexedDB keeps strings as UTF-16: 8 MB a chunk). */
export const CHUNK_CHARS = 4 * 1024 * 1024;

const done = <T>(req: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
});

const finished = (tx: IDBTransaction): Promise<void> => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  tx.onerror = () => undefined;  // the abort that follows reports it
});

/** A DOMException of a full storage, whoever raised it. */
const isQuota = (e: unknown): e is DOMException => e instanceof DOMException && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));

/** Whether this browser can keep editions at all. */
const storageAvailable = (): boolean => typeof indexedDB !== 'undefined';

function open(): Promise<IDBDatabase> {
  if (!storageAvailable()) return Promise.reject(new StorageError('unavailable', 'IndexedDB is not available in this browser'));
  const req = indexedDB.open(DB_NAME, VERSION);
  req.onupgradeneeded = (event) => upgrade(req.result, req.transaction, event.oldVersion);
  return done(req);
}

/** Version 1 kept each upload whole (`tables`) and the state as ids by table name; version 2 keeps editions in chunks. */
function upgrade(db: IDBDatabase, tx: IDBTransaction | null, oldVersion: number): void {
  db.createObjectStore(EDITIONS, { keyPath: 'id' });
  db.createObjectStore(CHUNKS);
  if (oldVersion < 1) { db.createObjectStore(STATE); return; }
  if (!tx) return;
  interface V1Table { id: string; table: string; fileName: string; loadedAt: string; rows: number; sha256: string; csv: string }
  const old = tx.objectStore('tables');
  const getAll = old.getAll() as IDBRequest<V1Table[]>;
  getAll.onsuccess = () => {
    const getState = tx.objectStore(STATE).get('state') as IDBRequest<{ current: Record<string, string> } | undefined>;
    getState.onsuccess = () => {
      const current = getState.result?.current ?? {};
      const tables: Record<string, { uploads: string[]; pinned: string | null }> = {};
      for (const t of getAll.result) {
        if (current[t.table] !== t.id) continue;  // the undo step of version 1 is not carried over
        const edition: Edition = {
          id: t.id, table: t.table, origin: 'upload', fileName: t.fileName, appliedAt: t.loadedAt, sha256: t.sha256,
          asOf: t.loadedAt.slice(0, 10), asOfFrom: 'asked', rows: t.rows,
        };
        putEdition(tx, edition, t.csv);
        tables[t.table] = { uploads: [t.id], pinned: null };
      }
      tx.objectStore(STATE).put({ ...NO_EDITIONS, tables } satisfies EditionsState, 'state');
      db.deleteObjectStore('tables');
    };
  };
}

/** Writes an edition's description and chunks in `tx`. */
function putEdition(tx: IDBTransaction, e: Edition, text: string): void {
  const chunks = Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
  const record: EditionRecord = { ...e, chunks, length: text.length, textHash: fingerprint(text) };
  tx.objectStore(EDITIONS).put(record);
  for (let i = 0; i < chunks; i++) tx.objectStore(CHUNKS).put(text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS), [e.id, i]);
}

async function withDb<T>(work: (db: IDBDatabase) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** The stored state and the descriptions of the stored editions; none when nothing was ever stored. */
async function readEditions(): Promise<{ state: EditionsState; editions: Map<string, Edition> }> {
  if (!storageAvailable()) return { state: NO_EDITIONS, editions: new Map() };
  return withDb(async (db) => {
    const tx = db.transaction([EDITIONS, STATE], 'readonly');
    const state = (await done(tx.objectStore(STATE).get('state') as IDBRequest<EditionsState | undefined>)) ?? NO_EDITIONS;
    const records = await done(tx.objectStore(EDITIONS).getAll() as IDBRequest<EditionRecord[]>);
    return { state, editions: new Map(records.map(({ chunks: _c, length: _l, textHash: _h, ...e }) => [e.id, e])) };
  });
}

/** An edition's text, checked against what was stored. */
async function readEditionText(id: string): Promise<string> {
  return withDb(async (db) => {
    const tx = db.transaction([EDITIONS, CHUNKS], 'readonly');
    const record = await done(tx.objectStore(EDITIONS).get(id) as IDBRequest<EditionRecord | undefined>);
    if (!record) throw new StorageError('not_kept', `the edition ${id} is not in this browser's storage`);
    const parts = await Promise.all(Array.from({ length: record.chunks }, (_, i) => done(tx.objectStore(CHUNKS).get([id, i]) as IDBRequest<string | undefined>)));
    const text = parts.every((p) => typeof p === 'string') ? parts.join('') : null;
    if (text === null || text.length !== record.length || fingerprint(text) !== record.textHash) {
      throw new StorageError('not_kept', `the stored text of ${record.fileName} is incomplete or damaged`);
    }
    return text;
  });
}

/** Stores an edition and reads it back; throws a StorageError (and keeps nothing) when the browser did not keep it. */
async function writeEdition(e: Edition, text: string): Promise<void> {
  try {
    await withDb(async (db) => {
      const tx = db.transaction([EDITIONS, CHUNKS], 'readwrite');
      putEdition(tx, e, text);
      await finished(tx);
    });
  } catch (error) {
    if (isQuota(error)) throw new StorageError('quota', `the browser's storage is full (${error.message})`);
    if (error instanceof StorageError) throw error;
    throw new StorageError('not_kept', `the browser did not store the file (${asError(error).message})`);
  }
  try {
    await readEditionText(e.id);
  } catch (error) {
    await deleteEditions([e.id]).catch(() => undefined);
    throw error instanceof StorageError ? error : new StorageError('not_kept', `the stored file could not be read back (${String(error)})`);
  }
}

/**
 * Replaces the stored state with `next` if nobody changed it since `expected` was read (another tab
 * may have); then forgets the editions no state refers to, and reads the state back.
 */
async function writeState(next: EditionsState, expected: number): Promise<void> {
  try {
    await withDb(async (db) => {
      const tx = db.transaction([STATE], 'readwrite');
      const stored = (await done(tx.objectStore(STATE).get('state') as IDBRequest<EditionsState | undefined>)) ?? NO_EDITIONS;
      if (stored.revision !== expected) {
        tx.abort();
        throw new StorageError('stale', 'the data were changed in another tab meanwhile', stored);
      }
      tx.objectStore(STATE).put(next, 'state');
      await finished(tx);
    });
  } catch (error) {
    if (error instanceof StorageError) throw error;
    if (isQuota(error)) throw new StorageError('quota', `the browser's storage is full (${error.message})`);
    throw new StorageError('not_kept', `the browser did not store the change (${asError(error).message})`);
  }
  const back = await readEditions().catch(() => null);
  if (back?.state.revision !== next.revision) throw new StorageError('not_kept', 'the browser did not keep the change (its storage was cleared or refused it)');
  await forgetUnreferenced(next).catch(() => undefined);
}

/** Deletes the editions (descriptions and chunks) no state refers to. */
async function forgetUnreferenced(state: EditionsState): Promise<void> {
  const keep = referenced(state);
  const { editions } = await readEditions();
  await deleteEditions([...editions.keys()].filter((id) => !keep.has(id)));
}

async function deleteEditions(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await withDb(async (db) => {
    const tx = db.transaction([EDITIONS, CHUNKS], 'readwrite');
    for (const id of ids) {
      tx.objectStore(EDITIONS).delete(id);
      tx.objectStore(CHUNKS).delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
    }
    await finished(tx);
  });
}

const MARK = UPLOADS_MARK;

/** Notes beside IndexedDB whether this browser holds uploads, so the first screen knows at once. */
function markUploads(any: boolean): void {
  try {
    if (any) localStorage.setItem(MARK, '1'); else localStorage.removeItem(MARK);
  } catch {
    // No storage (a private window, a test without DOM): the mark is only a hint.
  }
}

/**
 * Whether this browser holds uploads, answered at once: lets the build-time answers of the bundled
 * data stand aside before the engine starts.
 */
export function mayHaveUploads(): boolean {
  try {
    return localStorage.getItem(MARK) === '1';
  } catch {
    return false;
  }
}

/** This browser's IndexedDB as the data service's store. */
export const browserStorage: EditionStorage = {
  available: storageAvailable, read: readEditions, readText: readEditionText, write: writeEdition, writeState, markUploads,
};
