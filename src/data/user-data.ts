/**
 * Applying an upload, undoing the last change and restoring the bundled data: each changes
 * DuckDB (all or nothing), then the stored state in IndexedDB, then tells every view at once.
 * If storing fails, DuckDB is put back as it was, so what is shown is always what a reload shows.
 */
import { useEffect, useState } from 'react';
import { loadState, oneAtATime, publishDataChange } from './db.ts';
import { TABLES, TABLE_BY_NAME, type TableSchema } from './schema.ts';
import { loadUserState, NO_UPLOADS, saveUserState, type StoredTable, type UserState } from './user-store.ts';

/** A checked table ready to apply. */
export interface NewTable {
  table: string;
  fileName: string;
  rows: number;
  sha256: string;
  csv: string;
}

const listeners = new Set<(s: UserState) => void>();
let known: UserState | null = null;

function announce(state: UserState): void {
  known = state;
  for (const l of listeners) l(state);
}

/** Tables whose text differs between two states. */
const differing = (a: UserState, b: UserState): TableSchema[] =>
  TABLES.filter((s) => a.current[s.name]?.id !== b.current[s.name]?.id);

/** Moves from the stored state to `next` for `tables`: DuckDB first, then IndexedDB (undoing DuckDB if that fails). */
async function move(before: UserState, next: UserState, tables: readonly TableSchema[]): Promise<void> {
  await loadState(tables, next);
  try {
    await saveUserState(next);
  } catch (error) {
    await loadState(tables, before).catch(() => undefined);
    throw error;
  }
  publishDataChange();
  announce(next);
}

/** Applies a checked table: it replaces the loaded one, and the state before stays one click away (undo). */
export function applyTable(t: NewTable): Promise<void> {
  return oneAtATime(async () => {
    const schema = TABLE_BY_NAME.get(t.table);
    if (!schema) throw new Error(`unknown table ${t.table}`);
    const before = await loadUserState();
    const loadedAt = new Date().toISOString();
    const stored: StoredTable = { ...t, id: `${t.table}@${loadedAt}@${t.sha256.slice(0, 12)}`, loadedAt };
    await move(before, { current: { ...before.current, [t.table]: stored }, previous: before.current }, [schema]);
  });
}

/** Goes back to the tables in force before the last apply or restore. */
export function undoLastChange(): Promise<void> {
  return oneAtATime(async () => {
    const before = await loadUserState();
    if (!before.previous) return;
    const next: UserState = { current: before.previous, previous: null };
    await move(before, next, differing(before, next));
  });
}

/**
 * Reloads every table from its bundled file and forgets the uploads (undo brings them back). The
 * bundled data are shown even when the stored uploads cannot be forgotten (then the error says so).
 */
export function restoreBundledData(): Promise<void> {
  return oneAtATime(async () => {
    const before = await loadUserState().catch(() => NO_UPLOADS);
    const hadUploads = Object.keys(before.current).length > 0;
    const next: UserState = { current: {}, previous: hadUploads ? before.current : before.previous };
    await loadState(TABLES, next);
    publishDataChange();
    await saveUserState(next);
    announce(next);
  });
}

/** The stored state, read on first use and updated on every change made here (null while reading). */
export function useUserState(): { state: UserState | null; error: Error | null } {
  const [state, setState] = useState<UserState | null>(known);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    const listener = (s: UserState): void => { if (live) setState(s); };
    listeners.add(listener);
    loadUserState().then(
      (s) => { if (live) { known = s; setState(s); } },
      (e: unknown) => { if (live) setError(e instanceof Error ? e : new Error(String(e))); },
    );
    return () => { live = false; listeners.delete(listener); };
  }, []);
  return { state, error };
}
