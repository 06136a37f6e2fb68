import { StatusLegend } from '../../components/Legend.tsx';
import type { CoverageBasisRow } from '../../data/queries/quality.ts';
import { basisLabel, COMMON, statusLabel } from '../../i18n/common.ts';
import { formatNumber, formatPercent, hasLabel, useLang, useMessages } from '../../i18n/i18n.ts';
import { QUALITY } from './messages.ts';
import { statusTotals } from './quality-state.ts';

/** What "deployed", "not deployed" and "unknown" rest on: the model × province cells per status and basis. */
export function CoverageStatuses({ rows }: { rows: readonly CoverageBasisRow[] }) {
  const m = useMessages(QUALITY);
  const common = useMessages(COMMON);
  const lang = useLang();
  const totals = statusTotals(rows);
  const share = (n: number): string => (totals.total ? formatPercent(lang, n / totals.total, 1) : '');

  return (
    <>
      <h2>{m.coverageTitle}</h2>
      <p className="lede">{m.coverageLede}</p>
      <StatusLegend counts={totals} />
      <div className="table-wrap">
        <table className="data-table cards" data-testid="coverage-basis">
          <thead>
            <tr>
              <th scope="col">{m.colStatus}</th><th scope="col">{m.colBasis}</th><th scope="col" className="num">{m.colCells}</th>
              <th scope="col" className="num">{m.colModels}</th><th scope="col">{m.colMeaning}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.status}|${r.basis}`} data-status={r.status} data-basis={r.basis} data-cells={r.cells}>
                <td><span className="badge"><span className={`swatch status-${r.status}`} aria-hidden="true" />{statusLabel(common, r.status)}</span></td>
                <td data-label={m.colBasis}>{basisLabel(common, r.basis)}</td>
                <td className="num pair" data-label={m.colCells}>{formatNumber(lang, r.cells)} <span className="num-diff">{share(r.cells)}</span></td>
                <td className="num pair" data-label={m.colModels}>{formatNumber(lang, r.models)}</td>
                <td data-label={m.colMeaning}>{hasLabel(m.basisMeaning, r.basis) ? m.basisMeaning[r.basis] : ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{m.totalRow}</th>
              <td className="num"><strong>{formatNumber(lang, totals.total)}</strong></td>
              <td /><td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
