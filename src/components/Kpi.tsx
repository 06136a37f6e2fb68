import type { ReactNode } from 'react';

/** A key figure: a big value, its label, and an optional note (e.g. the source or a discrepancy). */
export function Kpi({ value, label, note, flagged = false, testId }: { value: ReactNode; label: ReactNode; note?: ReactNode; flagged?: boolean; testId?: string }) {
  return (
    <div className={`kpi${flagged ? ' kpi-flag' : ''}`} data-testid={testId}>
      <div className="kpi-value">{value}</div>
      <div className="kpi-label">{label}</div>
      {note && <div className="kpi-note">{note}</div>}
    </div>
  );
}
