/**
 * The one hook views read data through. A question is SQL text, answered by the coordinator
 * (cached by data version, context and text). An answer already known (cached, or from the
 * build-time snapshot) is there in the same render, so a link to an answered view draws at once;
 * while a new answer comes, the last one stays on screen, and the same answer again keeps its
 * identity, so nothing downstream redraws. Tests give the hook their own coordinator.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { asError } from '../lib/errors.ts';
import { useLocation } from '../state/url-state.ts';
import { coordinator as browserCoordinator } from './browser-data.ts';
import { MAIN, type Coordinator } from './coordinator.ts';
import { asOfContext } from './editions/edition-sql.ts';
import { SurfaceContext, tablesOf } from './surface.ts';

/**
 * What a view sees of a query. `stale`: the rows are the last question's, shown while the new
 * answer comes (another model, another filter); nothing that names the view (its title, a brief
 * saying it is ready to print) may take them as the answer.
 */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; rows: T[]; stale?: true };

/** The coordinator views ask: this tab's DuckDB-WASM, or a test's. */
export const CoordinatorContext = createContext<Coordinator>(browserCoordinator);

/** The query context of the URL: the data as of `?edition=<date>`, else the current data. */
export function useEditionContext(): string {
  const edition = useLocation().location.params.edition;
  return (edition && asOfContext(edition)) || MAIN;
}

/** Whether two answers hold the same rows. */
function sameRows(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && JSON.stringify(a) === JSON.stringify(b));
}

interface Held<T> {
  key: string;
  value: QueryState<T>;
  last?: T[];
}

const LOADING = { status: 'loading' } as const;

/** Options of a question. */
export interface UseQueryOptions {
  /** The data it is asked of; default: the URL's (`?edition=`), else the current data. */
  context?: string;
}

/** The rows of a query, or its loading/error state. `sql` null means "no query yet". */
export function useQuery<T>(sql: string | null, options: UseQueryOptions = {}): QueryState<T> {
  const coordinator = useContext(CoordinatorContext);
  const surface = useContext(SurfaceContext);
  const urlContext = useEditionContext();
  const context = options.context ?? urlContext;
  const version = useSyncExternalStore(
    (l) => coordinator.onVersion(l), () => coordinator.version, () => coordinator.version,
  );
  const key = `${version}\u0001${context}\u0001${sql}`;
  const [held, setHeld] = useState<Held<T>>({ key: '', value: LOADING });

  let value: QueryState<T> = held.value;
  if (held.key !== key) {
    const known = sql === null ? undefined : coordinator.peek<T>(sql, context);
    if (known) {
      const rows = held.last && sameRows(held.last, known) ? held.last : known;
      value = { status: 'ready', rows };
      // Known now: held at once (React renders again before painting), so the answer's arrival changes nothing.
      setHeld({ key, value, last: rows });
    } else {
      // While a new answer comes (other data, another filter), the last one stays: the screen changes once.
      value = sql !== null && held.last ? { status: 'ready', rows: held.last, stale: true } : LOADING;
    }
  }

  useEffect(() => (surface && sql !== null ? surface.use(tablesOf(sql)) : undefined), [surface, sql]);

  useEffect(() => {
    if (sql === null) return;
    let live = true;
    coordinator.query<T>(sql, { context }).then(
      (rows) => {
        if (!live) return;
        setHeld((h) => {
          if (h.key === key && h.value.status === 'ready' && sameRows(h.value.rows, rows)) return h;
          const kept = h.last && sameRows(h.last, rows) ? h.last : rows;
          return { key, value: { status: 'ready', rows: kept }, last: kept };
        });
      },
      (error: unknown) => { if (live) setHeld((h) => ({ key, value: { status: 'error', error: asError(error) }, last: h.last })); },
    );
    return () => { live = false; };
  }, [coordinator, sql, context, key]);

  return value;
}

/** The state of several queries taken together: ready with all their rows, or the first not-ready state. */
export type LoadState<V> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; value: V; stale?: true };

/** Combines query states: ready (with a tuple of row arrays) only when every one is ready. */
export function allOf<T extends unknown[]>(...states: { [K in keyof T]: QueryState<T[K]> }): LoadState<{ [K in keyof T]: T[K][] }> {
  let stale = false;
  for (const s of states as QueryState<unknown>[]) {
    if (s.status === 'error') return s;
    if (s.status === 'loading') return s;
    stale ||= s.stale === true;
  }
  const value = (states as { rows: unknown[] }[]).map((s) => s.rows) as { [K in keyof T]: T[K][] };
  return stale ? { status: 'ready', value, stale: true } : { status: 'ready', value };
}

/** True inside content drawn from stale rows (see `QueryState`): set by `WhenReady` and `WhenLoaded`. */
export const StaleContext = createContext(false);

/**
 * Asks the coordinator, ahead, the questions the user is likely to ask next (a neighbour model, a
 * group of the overview), while they read: a while after the view's own, never in their way (the
 * coordinator runs them only when nothing else waits), once the engine is ready (nothing is asked
 * ahead of an engine starting or failed), and again when the data change.
 */
export function usePrefetch(sqls: readonly string[]): void {
  const coordinator = useContext(CoordinatorContext);
  const context = useEditionContext();
  const version = useSyncExternalStore((l) => coordinator.onVersion(l), () => coordinator.version, () => coordinator.version);
  const ready = useSyncExternalStore((l) => coordinator.onProgress(l), () => coordinator.progress.stage === 'ready', () => false);
  const key = sqls.join('\u0002');
  useEffect(() => {
    if (!ready) return;
    const t = setTimeout(() => coordinator.prefetch(key ? key.split('\u0002') : [], context), 300);
    return () => clearTimeout(t);
  }, [coordinator, key, context, version, ready]);
}
