/**
 * The one hook views read data through. A query is SQL text; answers are cached by that text
 * and a stale answer (for SQL that changed meanwhile) is dropped. The source of answers comes
 * from context, so a view can be fed by DuckDB or by a precomputed result.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { dataVersion, onDataVersion, type QueryClient } from './db.ts';
import { firstScreenClient } from './first-screen.ts';

/** What a view sees of a query. */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; rows: T[] };

/** Context carrying the query client: DuckDB-WASM, fed by the embedded first-screen answers while it starts. */
export const QueryClientContext = createContext<QueryClient>(firstScreenClient);

const cache = new Map<string, Promise<unknown[]>>();
onDataVersion(() => cache.clear());

/** Whether two answers hold the same rows. */
function sameRows(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}

/** Forgets every cached answer (after a table is replaced). */
export function clearQueryCache(): void {
  cache.clear();
}

/** The rows of a query, or its loading/error state. `sql` null means "no query yet". */
export function useQuery<T>(sql: string | null): QueryState<T> {
  const client = useContext(QueryClientContext);
  const version = useSyncExternalStore(onDataVersion, dataVersion, dataVersion);
  const key = `${version}\n${sql}`;
  const [state, setState] = useState<{ key: string; value: QueryState<T>; last?: T[] }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    if (sql === null) return;
    let live = true;
    let pending = cache.get(key) as Promise<T[]> | undefined;
    if (!pending) {
      pending = client.query<T>(sql);
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    pending.then(
      (rows) => {
        if (!live) return;
        // The same answer again (the live database after the snapshot, a refresh that changed other
        // tables) keeps its old identity, so nothing downstream redraws.
        setState((s) => {
          const kept = s.last && sameRows(s.last, rows) ? s.last : rows;
          return { key, value: { status: 'ready', rows: kept }, last: kept };
        });
      },
      (error: unknown) => { if (live) setState((s) => ({ key, value: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) }, last: s.last })); },
    );
    return () => { live = false; };
  }, [client, sql, key]);
  if (state.key === key) return state.value;
  // While a new answer comes (other data, or another filter), keep showing the last one: the
  // screen changes once, from the old figures to the new, without a loading flash in between.
  return sql !== null && state.last ? { status: 'ready', rows: state.last } : { status: 'loading' };
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
