import { useState, type ReactNode } from 'react';
import { Kpi } from '../../components/Kpi.tsx';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import type { RowChange } from '../../upload/diff.ts';
import type { PreviewData, ReadSummary } from '../../upload/protocol.ts';
import { CoverageChanges } from './CoverageChanges.tsx';
import { EditionApply } from './EditionApply.tsx';
import { EDITIONS } from './edition-messages.ts';
import { failureText } from './edition-view-state.ts';
import { noteText, problemText, whereText } from './problem-text.ts';
import { UPLOAD } from './upload-messages.ts';
import { massRemoval } from './upload-preview-state.ts';

const SHOWN = 25;

interface Props {
  summary: ReadSummary;
  preview: PreviewData;
  facts: ReactNode;
  applying: boolean;
  failed?: Error;
  onApply: (asOf: string, current: 'latest' | 'this' | 'unchanged') => void;
  onCancel: () => void;
}

/** What applying the file would change, before anything changes: counts, status changes, the rows themselves. */
export function UploadPreview({ summary, preview, facts, applying, failed, onApply, onCancel }: Props) {
  const m = useMessages(UPLOAD);
  const ed = useMessages(EDITIONS);
  const lang = useLang();
  const { diff } = preview;
  const table = summary.tableName ?? '';
  const nothing = diff.added + diff.removed + diff.changed === 0;
  const loss = massRemoval(diff);
  const [confirmed, setConfirmed] = useState(false);
  return (
    <section className="upload-preview" data-testid="upload-preview" data-table={table} aria-label={m.previewTitle(table)}>
      <h3>{m.previewTitle(table)}</h3>
      {facts}
      <div className="kpis">
        <Kpi testId="preview-added" value={formatNumber(lang, diff.added)} label={m.added} />
        <Kpi testId="preview-removed" value={formatNumber(lang, diff.removed)} label={m.removed} flagged={diff.removed > 0} />
        <Kpi testId="preview-changed" value={formatNumber(lang, diff.changed)} label={m.changed} />
        <Kpi testId="preview-unchanged" value={formatNumber(lang, diff.unchanged)} label={m.unchanged} />
        <Kpi testId="preview-rows" value={formatNumber(lang, preview.rows)} label={m.rowsInFile} />
      </div>
      {table === 'province_models' && <p className="kpi-note">{m.mergeNote}</p>}
      {nothing && <p role="status">{m.noChange}</p>}
      {preview.rebased > 0 && <p className="kpi-note" data-testid="upload-rebased">{ed.rebased(preview.rebased, summary.fileName)}</p>}
      {preview.conflicts.length > 0 && (
        <div role="alert" className="upload-failed" data-testid="upload-conflicts">
          <p>{ed.conflictsTitle(preview.conflicts.length)}</p>
          <ul>{preview.conflicts.slice(0, SHOWN).map((p, i) => <li key={i}>{whereText(m, summary.fileName, p)}: {problemText(m, lang, p)}</li>)}</ul>
        </div>
      )}
      {loss && (
        <div className="upload-loss" role="alert" data-testid="mass-removal">
          <p>{m.lossWarning(table, formatNumber(lang, loss.removed), formatNumber(lang, loss.before), formatNumber(lang, loss.after), formatNumber(lang, Math.round((100 * loss.removed) / loss.before)))}</p>
          <label>
            <input type="checkbox" data-testid="confirm-removal" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} disabled={applying} />
            {' '}{m.lossConfirm(formatNumber(lang, loss.removed))}
          </label>
        </div>
      )}
      <EditionApply table={table} fileAsOf={preview.asOf} applying={applying} disabled={nothing || preview.conflicts.length > 0 || (loss !== null && !confirmed)} onApply={onApply} />
      <div className="upload-actions">
        <button type="button" className="button" data-testid="cancel-upload" onClick={onCancel} disabled={applying}>{m.cancel}</button>
      </div>
      {failed && <p role="alert" className="upload-failed" data-testid="apply-failed">{failureText(ed, lang, failed)}</p>}
      {summary.notes.length > 0 && (
        <div className="upload-notes" data-testid="upload-notes">
          <h4>{m.notesTitle}</h4>
          <ul>
            {summary.notes.map((n) => (
              <li key={n.kind} data-kind={n.kind}>
                {noteText(m, n, table)}
                {n.examples[0]?.row !== undefined && <span className="kpi-note"> {m.example}: {whereText(m, summary.fileName, n.examples[0])}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {diff.statusChanges.length > 0 && <CoverageChanges changes={diff.statusChanges} />}
      {diff.samples.length > 0 && <ChangedRows samples={diff.samples} total={diff.added + diff.removed + diff.changed} />}
    </section>
  );
}

/** The first rows that change, each with its key and its cells before and after. */
function ChangedRows({ samples, total }: { samples: readonly RowChange[]; total: number }) {
  const m = useMessages(UPLOAD);
  return (
    <>
      <h4>{m.changesTitle}</h4>
      <div className="table-wrap">
        <table className="data-table cards" data-testid="upload-changes">
          <thead><tr><th scope="col">{m.colChange}</th><th scope="col">{m.colKey}</th><th scope="col">{m.colCells}</th></tr></thead>
          <tbody>
            {samples.slice(0, SHOWN).map((c, i) => (
              <tr key={i} data-change={c.kind}>
                <td><span className={`change change-${c.kind}`}>{m.changeKinds[c.kind]}</span></td>
                <td data-label={m.colKey}><code><bdi>{c.key}</bdi></code></td>
                <td data-label={m.colCells}>
                  <ul className="cell-changes">
                    {c.cells.slice(0, 8).map((x) => (
                      <li key={x.column}>
                        <code>{x.column}</code>{': '}
                        {c.kind !== 'added' && <del><bdi>{x.before ?? '∅'}</bdi></del>}
                        {c.kind === 'changed' && ' → '}
                        {c.kind !== 'removed' && <ins><bdi>{x.after ?? '∅'}</bdi></ins>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > SHOWN && <p className="kpi-note">{m.moreChanges(total - SHOWN)}</p>}
    </>
  );
}
