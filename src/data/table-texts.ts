/** Where each table's text comes from: the user's upload where there is one, the bundled file of data/ otherwise. */
import type { TableSchema } from './schema.ts';
import type { UserState } from './user-store.ts';

/** The bundled file of a table, fetched fresh from the app's own /data/ folder. */
export async function fetchBundled(schema: TableSchema): Promise<string> {
  const url = `data/${schema.file}`;
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/** A table's text and whether it is an upload (its stored id) or bundled (null). */
export interface TableText {
  text: string;
  upload: string | null;
}

/** The text each of `tables` should hold under `state`; `onEach` is called as each arrives. */
export async function wantedTexts(tables: readonly TableSchema[], state: UserState, onEach?: () => void): Promise<Map<TableSchema, TableText>> {
  const entries = await Promise.all(tables.map(async (s) => {
    const stored = state.current[s.name];
    const text = stored ? { text: stored.csv, upload: stored.id } : { text: await fetchBundled(s), upload: null };
    onEach?.();
    return [s, text] as const;
  }));
  return new Map(entries);
}
