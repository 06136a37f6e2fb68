import { Kpi } from '../../components/Kpi.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { coverageByBasisSql, discrepanciesSql, type CoverageBasisRow, type QualityRow } from '../../data/queries/quality.ts';
import { allOf, useQuery } from '../../data/use-query.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { CoverageStatuses } from './CoverageStatuses.tsx';
import { QUALITY } from './messages.ts';
import { concerned, statusTotals } from './quality-state.ts';
import { QualityTable } from './QualityTable.tsx';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';

/** `#/quality`: every discrepancy found in the sources, and how coverage cells got their status. */
export default function QualityView() {
  const m = useMessages(QUALITY);
  useDocumentTitle(m.title);
  const lang = useLang();
  const state = allOf<[QualityRow, CoverageBasisRow]>(useQuery(discrepanciesSql()), useQuery(coverageByBasisSql()));
  return (
    <section className="view" aria-labelledby="quality-title">
      <ViewHeader id="quality-title" title={m.title} lede={m.lede} />
      <WhenLoaded state={state}>{([rows, coverage]) => {
        const { models, provinces } = concerned(rows);
        const totals = statusTotals(coverage);
        return (
          <div className="grid">
            <div className="card span-12">
              <div className="kpis kpis-2">
                <Kpi testId="kpi-discrepancies" value={formatNumber(lang, rows.length)} label={m.kpiRows} />
                <Kpi value={formatNumber(lang, models.length)} label={m.kpiModels} />
                <Kpi value={formatNumber(lang, provinces.length)} label={m.kpiProvinces} />
                <Kpi testId="kpi-unknown-cells" value={formatNumber(lang, totals.unknown)} label={m.kpiUnknown} flagged={totals.unknown > 0}
                  note={m.kpiUnknownNote(formatNumber(lang, totals.total))} />
              </div>
            </div>
            <div className="card span-12">
              <QualityTable rows={rows} />
            </div>
            <div className="card span-12">
              <CoverageStatuses rows={coverage} />
            </div>
          </div>
        );
      }}</WhenLoaded>
    </section>
  );
}
