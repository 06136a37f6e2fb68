import { useEffect } from 'react';
import { coordinator } from '../data/browser-data.ts';
import { useBootProgress } from '../data/use-editions.ts';
import { COMMON } from '../i18n/common.ts';
import { useMessages } from '../i18n/i18n.ts';

/** A thin bar while DuckDB starts and the tables load; a clear message and a retry if it fails. */
export function BootStatus() {
  const m = useMessages(COMMON);
  const p = useBootProgress();
  useEffect(() => {
    coordinator.start().catch(() => undefined);  // the failure is shown from the progress
  }, []);
  if (p.stage === 'ready') return <div className="boot boot-ready" data-testid="db-ready" hidden />;
  if (p.stage === 'failed') {
    return (
      <div className="boot boot-failed" role="alert">
        <span>{m.bootFailed} ({p.error.message})</span>
        <button type="button" onClick={() => { coordinator.start().catch(() => undefined); }}>{m.retry}</button>
      </div>
    );
  }
  const share = p.stage === 'tables' ? (p.loaded + 1) / (p.total + 1) : 0.1;
  return (
    <div className="boot" role="status" aria-live="polite">
      <div className="boot-bar" aria-hidden="true"><div style={{ width: `${Math.round(share * 100)}%` }} /></div>
      <span>{p.stage === 'tables' ? m.bootTables(p.loaded, p.total) : m.bootEngine}</span>
    </div>
  );
}
