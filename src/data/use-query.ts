/**
 * The one hook views read data through. A query is SQL text; answers are cached by that text
 * and a stale answer (for SQL that changed meanwhile) is dropped. The source of answers comes
 * from context, so a view can be fed by DuckDB or by a precomputed result.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { database, type QueryClient } from './db.ts';

/** What a view sees of a query. */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; rows: T[] };

/** The client that answers the app's queries: DuckDB-WASM unless a provider sets another. */
const duckDbSource: QueryClient = { query: async <T,>(sql: string) => (await database()).query<T>(sql) };

/** Context carrying the query client. */
export const QueryClientContext = createContext<QueryClient>(duckDbSource);

const cache = new Map<string, Promise<unknown[]>>();

/** Forgets every cached answer (after a table is replaced). */
export function clearQueryCache(): void {
  cache.clear();
}

/** The rows of a query, or its loading/error state. `sql` null means "no query yet". */
export function useQuery<T>(sql: string | null): QueryState<T> {
  const client = useContext(QueryClientContext);
  const [state, setState] = useState<{ sql: string | null; value: QueryState<T> }>({ sql, value: { status: 'loading' } });
  useEffect(() => {
    if (sql === null) return;
    let live = true;
    let pending = cache.get(sql) as Promise<T[]> | undefined;
    if (!pending) {
      pending = client.query<T>(sql);
      cache.set(sql, pending);
      pending.catch(() => cache.delete(sql));
    }
    pending.then(
      (rows) => { if (live) setState({ sql, value: { status: 'ready', rows } }); },
      (error: unknown) => { if (live) setState({ sql, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } }); },
    );
    return () => { live = false; };
  }, [client, sql]);
  return state.sql === sql ? state.value : { status: 'loading' };
}

/** The state of several queries taken together: ready with all their rows, or the first not-ready state. */
export type LoadState<V> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; value: V };

/** Combines query states: ready (with a tuple of row arrays) only when every one is ready. */
export function allOf<T extends unknown[]>(...states: { [K in keyof T]: QueryState<T[K]> }): LoadState<{ [K in keyof T]: T[K][] }> {
  for (const s of states as QueryState<unknown>[]) {
    if (s.status === 'error') return s;
    if (s.status === 'loading') return s;
  }
  return { status: 'ready', value: (states as { rows: unknown[] }[]).map((s) => s.rows) as { [K in keyof T]: T[K][] } };
}
