/**
 * The editions of every table in the data view: as-of date, file, when applied, rows, hash, which is
 * current; choosing another, removing one, undoing the last change (named, and refused if another
 * tab changed the data meanwhile) and restoring the bundled data.
 */
import { useState } from 'react';
import { chooseEdition, removeEdition, restoreBundledData, undoLastChange, type ChangeResult } from '../../data/browser-data.ts';
import type { Edition } from '../../data/editions/editions.ts';
import { TABLES } from '../../data/schema.ts';
import { useEditions } from '../../data/use-editions.ts';
import { asError } from '../../lib/errors.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { EDITIONS } from './edition-messages.ts';
import { describeChange, editionRows, failureText, formatTime } from './edition-view-state.ts';

/** The editions table and its actions. */
export function Editions() {
  const m = useMessages(EDITIONS);
  const lang = useLang();
  const view = useEditions();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const rows = editionRows(view, TABLES, true);
  const { state } = view;
  const last = state.last && state.last.kind !== 'undone' && state.previous ? state.last : null;
  const run = (work: () => Promise<ChangeResult>, done: string): void => {
    setBusy(true);
    setResult(null);
    work().then(() => setResult({ ok: true, text: done }), (e: unknown) => setResult({ ok: false, text: failureText(m, lang, asError(e)) }))
      .finally(() => setBusy(false));
  };
  const origin = (e: Edition): string => (e.origin === 'bundled' ? m.bundled : e.fileName);
  const asOfFrom = (e: Edition): string => ({ column: m.asOfFromColumn, asked: m.asOfFromAsked, sources: m.asOfFromSources, none: '' })[e.asOfFrom];
  return (
    <div className="card span-12" data-testid="editions">
      <h2>{m.title}</h2>
      <p className="kpi-note">{m.lede}</p>
      {!view.persistent && <p role="alert" className="upload-failed">{m.notKeptHere}</p>}
      {view.problem && <p role="alert" className="upload-failed">{m.storedFailed} ({view.problem.message})</p>}
      <div className="table-wrap">
        <table className="data-table cards" data-testid="editions-table">
          <thead>
            <tr>
              <th scope="col">{m.colTable}</th><th scope="col">{m.colAsOf}</th><th scope="col">{m.colFile}</th><th scope="col">{m.colAppliedAt}</th>
              <th scope="col" className="num">{m.colRows}</th><th scope="col">{m.colHash}</th><th scope="col">{m.colState}</th><th scope="col"><span className="visually-hidden">{m.makeCurrent}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((r) => r.editions.map(({ edition: e, current, chosen }) => (
              <tr key={e.id} data-testid="edition" data-table={r.table} data-edition={e.id} data-origin={e.origin} data-current={current || undefined} data-as-of={e.asOf ?? ''}>
                <th scope="row"><code>{r.table}</code></th>
                <td data-label={m.colAsOf}>{e.asOf ? formatDate(lang, e.asOf) : m.noAsOf}{e.asOf && <div className="kpi-note">{asOfFrom(e)}</div>}</td>
                <td data-label={m.colFile} data-testid="edition-file">{origin(e)}</td>
                <td data-label={m.colAppliedAt}>{e.appliedAt ? <time dateTime={e.appliedAt}>{formatTime(lang, e.appliedAt)}</time> : '—'}</td>
                <td className="num" data-label={m.colRows}>{e.rows === null ? '—' : formatNumber(lang, e.rows)}</td>
                <td data-label={m.colHash}>{e.sha256 ? <code className="hash" title={e.sha256}>{e.sha256.slice(0, 12)}…</code> : '—'}</td>
                <td data-label={m.colState}>{current ? <strong className="badge">{chosen ? m.chosen : m.current}</strong> : ''}</td>
                <td className="edition-actions">
                  {!current && <button type="button" className="button" disabled={busy} data-testid="edition-make-current"
                    onClick={() => run(() => chooseEdition(e, false, state.revision), m.chosenDone(origin(e), r.table))}>{m.makeCurrent}</button>}
                  {current && chosen && <button type="button" className="button" disabled={busy}
                    onClick={() => run(() => chooseEdition(e, true, state.revision), m.chosenDone('—', r.table))}>{m.useLatest}</button>}
                  {e.origin === 'upload' && <button type="button" className="button" disabled={busy} data-testid="edition-remove"
                    onClick={() => run(() => removeEdition(e, state.revision), m.removedDone(e.fileName))}>{m.remove}</button>}
                </td>
              </tr>
            )))}
          </tbody>
        </table>
      </div>
      {rows.every((r) => r.editions.length < 2) && <p data-testid="no-uploads">{m.onlyBundled}</p>}
      <div className="upload-actions">
        <button type="button" className="button" data-testid="undo-upload" disabled={busy || !last}
          onClick={() => { if (last) run(() => undoLastChange(state.revision), m.undone(describeChange(m, lang, last))); }}>
          {last ? m.undoWhat(describeChange(m, lang, last)) : m.undo}
        </button>
        <button type="button" className="button" data-testid="restore-bundled" disabled={busy} onClick={() => run(restoreBundledData, m.restored)}>{m.restore}</button>
      </div>
      {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'upload-done' : 'upload-failed'} data-testid="uploads-result">{result.text}</p>}
    </div>
  );
}
