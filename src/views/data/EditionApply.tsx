/**
 * Applying a previewed file as an edition: its as-of date (from the file's `as_of` column, else
 * asked, today by default), whether it becomes current (an edition older than the current one is
 * kept beside it unless chosen), and the Apply button.
 */
import { useId, useState } from 'react';
import { currentEdition } from '../../data/editions/editions.ts';
import { useEditions } from '../../data/use-editions.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { EDITIONS } from './edition-messages.ts';

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface Props {
  table: string;
  /** The latest date of the file's `as_of` column, or null. */
  fileAsOf: string | null;
  applying: boolean;
  disabled: boolean;
  onApply: (asOf: string, current: 'latest' | 'this' | 'unchanged') => void;
}

/** The as-of date, the choice of current edition and the Apply button. */
export function EditionApply({ table, fileAsOf, applying, disabled, onApply }: Props) {
  const m = useMessages(EDITIONS);
  const lang = useLang();
  const id = useId();
  const view = useEditions();
  const [asked, setAsked] = useState(today);
  const [makeCurrent, setMakeCurrent] = useState(false);
  const asOf = fileAsOf ?? asked;
  const current = currentEdition(view.state, table, view.editions);
  const older = current?.asOf != null && asOf < current.asOf;
  const mode = older ? (makeCurrent ? 'this' : 'unchanged') : 'latest';
  return (
    <div className="edition-apply" data-testid="edition-apply">
      {fileAsOf
        ? <p><span>{m.asOfLabel}: </span><strong data-testid="upload-as-of">{m.asOfFromFile(formatDate(lang, fileAsOf))}</strong></p>
        : (
          <p>
            <label htmlFor={id}>{m.asOfLabel}: </label>
            <input id={id} type="date" data-testid="upload-as-of-input" value={asked} required max="9999-12-31"
              onChange={(e) => { if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) setAsked(e.target.value); }} />
            <span className="kpi-note"> {m.asOfHint}</span>
          </p>
        )}
      {older && current?.asOf && (
        <p className="kpi-note" data-testid="upload-older">
          {m.olderThanCurrent(formatDate(lang, current.asOf))}{' '}
          <label><input type="checkbox" checked={makeCurrent} onChange={(e) => setMakeCurrent(e.target.checked)} /> {m.makeThisCurrent}</label>
        </p>
      )}
      <div className="upload-actions">
        <button type="button" className="button button-primary" data-testid="apply-upload" disabled={applying || disabled} onClick={() => onApply(asOf, mode)}>
          {applying ? m.applying : mode === 'unchanged' ? m.applyEarlier : m.apply}
        </button>
      </div>
    </div>
  );
}
