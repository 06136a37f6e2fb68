import type { ReactNode } from 'react';
import { COMMON } from '../i18n/common.ts';
import { useMessages } from '../i18n/i18n.ts';
import { StaleContext, type LoadState, type QueryState } from '../data/use-query.ts';

/** A message in place of content: loading, or an error with an optional retry. */
export function Notice({ kind, children, onRetry }: { kind: 'loading' | 'error'; children: ReactNode; onRetry?: () => void }) {
  const m = useMessages(COMMON);
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <span>{children}</span>
      {onRetry && <button type="button" onClick={onRetry}>{m.retry}</button>}
    </div>
  );
}

/**
 * Marks content drawn from the last question's rows while the new answer comes: the content after
 * it fades a little if the wait is long enough to notice (app.css), and a test knows to wait.
 * Rendered or not in a slot of its own, so the content never remounts.
 */
function StaleMark({ stale }: { stale: boolean }) {
  return stale ? <span className="stale-mark" data-stale="" hidden /> : null;
}

/** Renders `children(rows)` once a query is ready, a notice before that. */
export function WhenReady<T>({ state, children }: { state: QueryState<T>; children: (rows: T[]) => ReactNode }) {
  const m = useMessages(COMMON);
  if (state.status === 'loading') return <Notice kind="loading">{m.loading}</Notice>;
  if (state.status === 'error') return <Notice kind="error">{m.queryFailed} {state.error.message}</Notice>;
  return <StaleContext.Provider value={state.stale === true}><StaleMark stale={state.stale === true} />{children(state.rows)}</StaleContext.Provider>;
}

/** Renders `children(value)` once several queries are ready (see `allOf`), a notice before that. */
export function WhenLoaded<V>({ state, children }: { state: LoadState<V>; children: (value: V) => ReactNode }) {
  const m = useMessages(COMMON);
  if (state.status === 'loading') return <Notice kind="loading">{m.loading}</Notice>;
  if (state.status === 'error') return <Notice kind="error">{m.queryFailed} {state.error.message}</Notice>;
  return <StaleContext.Provider value={state.stale === true}><StaleMark stale={state.stale === true} />{children(state.value)}</StaleContext.Provider>;
}
