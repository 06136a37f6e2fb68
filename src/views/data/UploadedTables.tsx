import { useState } from 'react';
import { storedUploadsProblem } from '../../data/db.ts';
import { restoreBundledData, undoLastChange, useUserState } from '../../data/user-data.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { UPLOAD } from './upload-messages.ts';

const formatTime = (lang: 'vi' | 'en', iso: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));

/** The tables loaded from files in this browser (file, time, rows, hash), undo of the last change, and restore of the bundled data. */
export function UploadedTables() {
  const m = useMessages(UPLOAD);
  const lang = useLang();
  const { state, error } = useUserState();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const uploads = state ? Object.values(state.current).sort((a, b) => a.table.localeCompare(b.table)) : [];
  const run = (work: () => Promise<void>, done: string) => {
    setBusy(true);
    setResult(null);
    work().then(() => setResult({ ok: true, text: done }), (e: unknown) => setResult({ ok: false, text: `${m.failed} ${e instanceof Error ? e.message : String(e)}` }))
      .finally(() => setBusy(false));
  };
  const stored = storedUploadsProblem();
  return (
    <div className="card span-12" data-testid="uploaded-tables">
      <h2>{m.uploadsTitle}</h2>
      <p className="kpi-note">{m.uploadsLede}</p>
      {stored && <p role="alert" className="upload-failed">{m.storedUploadsFailed} ({stored.message})</p>}
      {error && <p role="alert" className="upload-failed">{m.storageFailed} ({error.message})</p>}
      {state && uploads.length === 0 && <p data-testid="no-uploads">{m.noUploads}</p>}
      {uploads.length > 0 && (
        <div className="table-wrap">
          <table className="data-table cards">
            <thead>
              <tr><th scope="col">{m.colTable}</th><th scope="col">{m.colFile}</th><th scope="col">{m.colLoadedAt}</th><th scope="col" className="num">{m.colRows}</th><th scope="col">{m.colHash}</th></tr>
            </thead>
            <tbody>
              {uploads.map((u) => (
                <tr key={u.table} data-table={u.table}>
                  <th scope="row"><code>{u.table}</code></th>
                  <td data-label={m.colFile} data-testid="upload-file">{u.fileName}</td>
                  <td data-label={m.colLoadedAt}><time dateTime={u.loadedAt}>{formatTime(lang, u.loadedAt)}</time></td>
                  <td className="num" data-label={m.colRows} data-testid="upload-rows">{formatNumber(lang, u.rows)}</td>
                  <td data-label={m.colHash}><code className="hash" title={u.sha256} data-testid="upload-hash">{u.sha256.slice(0, 16)}…</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="upload-actions">
        <button type="button" className="button" data-testid="undo-upload" disabled={busy || !state?.previous} onClick={() => run(undoLastChange, m.undone)}>{m.undo}</button>
        <button type="button" className="button" data-testid="restore-bundled" disabled={busy} onClick={() => run(restoreBundledData, m.restored)}>{m.restore}</button>
      </div>
      {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'upload-done' : 'upload-failed'} data-testid="uploads-result">{result.text}</p>}
    </div>
  );
}
