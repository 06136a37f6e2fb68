import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { FilterSelect } from '../../components/Filters.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import type { ProvinceDiscrepancyRow, ProvinceReportModelRow } from '../../data/queries/province.ts';
import { OWN_STATUSES } from '../../domain/status-agreement.ts';
import { COMMON, reportStatusLabel, statusLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { PROVINCE } from './messages.ts';
import { DetailText } from '../../components/DetailText.tsx';
import {
  contradicts, filterRows, GROUPS, oneOf, REPORT_DOWNLOAD, reportCounts, reportCsvRows, reportStatusOf,
} from '../../state/province-state.ts';

interface Props {
  name: string;
  rows: ProvinceReportModelRow[];
  /** The report's own summary figures against its rows (discrepancies of kind `summary_vs_rows`). */
  summary: ProvinceDiscrepancyRow[];
}

const REPORT_FILTERS = [...OWN_STATUSES, 'absent'] as const;

/** A province's own report: its summary against its rows, and per model its status, the phrase behind it, lead agency and deadline. */
export function ProvinceReport({ name, rows, summary }: Props) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const group = oneOf(location.params.group, GROUPS);
  const report = oneOf(location.params.report, REPORT_FILTERS);
  const shown = filterRows(rows, group, report ? (r) => reportStatusOf(r) === report : null);
  const counts = reportCounts(rows);
  const n = (x: number): string => formatNumber(lang, x);
  const label = (s: string): string => (s === 'absent' ? m.absent : reportStatusLabel(common, s));
  const listed = rows.filter((r) => r.localNo !== null);
  const sources = [...new Set(listed.flatMap((r) => [r.source, r.planSource]).filter((s): s is string => s !== null))];
  const countRow = (c: { status: string; count: number }) => (
    <tr key={c.status} data-report-status={c.status}>
      <th scope="row"><span className="badge"><span className={`swatch report-${c.status}`} aria-hidden="true" />{label(c.status)}</span></th>
      <td className="num">{n(c.count)}</td>
    </tr>
  );
  const sourceText = lang === 'en' ? <span className="kpi-note"> {common.sourceTextNote}</span> : null;

  return (
    <div className="grid">
      <div className="card span-12" data-testid="province-report">
        <div className="view-header">
          <h2>{m.reportTitle(name)}</h2>
          <DownloadButtons what={`tinh-${rows[0]?.provinceCode ?? ''}-bao-cao-cua-tinh${group ? `-nhom-${group}` : ''}${report ? `-${report}` : ''}`}
            title={m.reportTitle(name)} table={REPORT_DOWNLOAD} rows={reportCsvRows(shown, rows)} />
        </div>
        <p className="lede">{m.reportLede}</p>
        <div className="grid">
          <div className="span-7">
            <h3>{m.summaryTitle}</h3>
            <div className="table-wrap">
              <table className="data-table" data-testid="report-summary">
                <thead><tr><th scope="col" className="num">{m.colStated}</th><th scope="col" className="num">{m.colCounted}</th><th scope="col">{m.colDetail}</th></tr></thead>
                <tbody>
                  {summary.map((d, i) => (
                    <tr key={i} data-stated={d.stated ?? ''} data-counted={d.counted ?? ''}>
                      <td className="num">{d.stated === null ? '—' : n(d.stated)}</td>
                      <td className="num">{d.counted === null ? '—' : n(d.counted)}</td>
                      <td className="province-text">{d.stated !== d.counted && <span className="flag">{m.mismatch}</span>} <DetailText en={d.detail} vi={d.detailVi} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <div className="span-5">
            <h3>{m.rowsTitle}</h3>
            <table className="data-table" data-testid="report-counts">
              <tbody>
                {counts.filter((c) => c.status !== 'absent').map(countRow)}
                <tr className="total-row"><th scope="row">{m.total}</th><td className="num" data-testid="report-total">{n(listed.length)}</td></tr>
                {counts.filter((c) => c.status === 'absent').map(countRow)}
              </tbody>
            </table>
          </div>
        </div>
        <div>
          {group && (
            <button type="button" className="chip" aria-pressed="true" onClick={() => setParams({ group: undefined }, { replace: true })}>{m.groupChip(group)} ✕</button>
          )}
          <FilterSelect label={m.filterReport} param="report" value={report} all={m.allStatuses} testId="report-filter"
            options={REPORT_FILTERS.map((s) => ({ value: s, label: label(s) }))} />
        </div>
        <p className="kpi-note" role="status">{m.shown(n(shown.length), n(rows.length))}</p>
        <div className="table-wrap table-scroll">
          <table className="data-table province-table-wide cards" data-testid="province-report-table">
            <thead>
              <tr>
                <th scope="col" className="num">{m.colNo}</th><th scope="col">{m.colModel}</th><th scope="col">{m.colReport}</th>
                <th scope="col">{m.colNational}</th><th scope="col">{m.colStatusText}{sourceText}</th>
                <th scope="col">{m.colLead}{sourceText}</th><th scope="col">{m.colDeadline}{sourceText}</th><th scope="col" className="num">{m.colLocalNo}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const s = reportStatusOf(r);
                return (
                  <tr key={r.modelNo} data-model={r.modelNo} data-report-status={s}>
                    <td className="num" data-label={m.colNo}><a href={hrefFor(`/model/${r.modelNo}`)}>{r.modelNo}</a></td>
                    <td className="province-text" data-label={m.colModel}>{lang === 'en' ? r.nameEn : r.nameVi}</td>
                    <td data-label={m.colReport}>
                      <span className="badge"><span className={`swatch report-${s}`} aria-hidden="true" />{label(s)}</span>
                      {contradicts(r) && <><br /><span className="flag" title={m.contradictsHint}>{m.contradicts}</span></>}
                    </td>
                    <td data-label={m.colNational}><span className="badge"><span className={`swatch status-${r.nationalStatus}`} aria-hidden="true" />{statusLabel(common, r.nationalStatus)}</span></td>
                    <td className="province-text" lang="vi" data-label={m.colStatusText}>{r.statusText ?? ''}</td>
                    <td className="province-text" lang="vi" data-col="lead" data-label={m.colLead}>{r.leadAgency ?? ''}</td>
                    <td className="col-mid" lang="vi" data-col="deadline" data-label={m.colDeadline}>{r.deadline ?? ''}</td>
                    <td className="num" data-label={m.colLocalNo}>{r.localNo ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length === 0 && <p>{m.noRows}</p>}
        </div>
        <SourceNote sources={sources} />
      </div>
    </div>
  );
}
