import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import { deadlineKindsSql, lateModelsSql, type DeadlineKindRow, type LateModelRow } from '../../data/queries/late-models.ts';
import { allOf, useQuery } from '../../data/use-query.ts';
import { COMMON, deadlineKindLabel, reportStatusLabel } from '../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor } from '../../state/url-state.ts';
import { LATE } from './late-messages.ts';
import { deadlineSummary, LATE_DOWNLOAD, lateCsvRows } from './late-models-state.ts';

interface Props {
  code: string;
  /** The as-of dates of the province's report rows (one, unless an upload mixed them). */
  asOfs: readonly string[];
  /** The report's and the plan's source files. */
  sources: readonly string[];
}

/** A province's models past their deadline: its approved plan's deadlines against its report's statuses, with how long, and their CSV. */
export function LateModels({ code, asOfs, sources }: Props) {
  const m = useMessages(LATE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const state = allOf<[LateModelRow, DeadlineKindRow]>(useQuery(lateModelsSql(code)), useQuery(deadlineKindsSql(code)));
  const n = (x: number): string => formatNumber(lang, x);
  const asOf = asOfs.map((d) => formatDate(lang, d)).join(', ');
  const sourceText = lang === 'en' ? <span className="kpi-note"> {common.sourceTextNote}</span> : null;
  return (
    <div className="grid">
      <div className="card span-12" data-testid="late-section">
        <WhenLoaded state={state}>{([late, kinds]) => {
          const summary = deadlineSummary(kinds);
          return (
            <>
              <div className="view-header">
                <h2>{m.title(n(late.length))}</h2>
                <DownloadButtons what={`tinh-${code}-qua-han`} title={m.title(n(late.length))} table={LATE_DOWNLOAD} rows={lateCsvRows(late)} />
              </div>
              <p className="lede">{m.lede(asOf)}</p>
              <p>
                {m.summary(n(summary.models), n(summary.dated), n(summary.late))}{' '}
                {summary.undated.length > 0 && <>{m.undated} {summary.undated.map((k) => `${k.kind ? deadlineKindLabel(common, k.kind) : m.noDeadline} (${n(k.models)})`).join('; ')}.</>}
              </p>
              <div className="table-wrap" data-testid="late-models">
                {late.length === 0 ? <p>{m.none(asOf)}</p> : (
                  <table className="data-table cards">
                    <thead>
                      <tr>
                        <th scope="col">{m.colModel}</th><th scope="col">{m.colLead}{sourceText}</th><th scope="col">{m.colDeadline}{sourceText}</th>
                        <th scope="col">{m.colStatus}</th><th scope="col" className="num">{m.colOverdue}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {late.map((r) => (
                        <tr key={r.modelNo} data-model={r.modelNo} data-deadline-date={r.deadlineDate} data-days-overdue={r.daysOverdue}>
                          <td className="province-text" data-label={m.colModel}>
                            <a href={hrefFor(`/model/${r.modelNo}`)}>{r.modelNo}</a> {lang === 'en' ? r.nameEn : r.nameVi}
                          </td>
                          <td className="province-text" lang="vi" data-label={m.colLead}>{r.leadAgency ?? ''}</td>
                          <td className="col-mid" data-label={m.colDeadline}><span lang="vi">{r.deadline}</span><div className="kpi-note">{formatDate(lang, r.deadlineDate)}</div></td>
                          <td data-label={m.colStatus}>
                            <span className="badge"><span className={`swatch report-${r.status}`} aria-hidden="true" />{reportStatusLabel(common, r.status)}</span>
                          </td>
                          <td className="num" data-label={m.colOverdue}>
                            <strong>{common.overdue(r.overdueMonths, r.overdueDays)}</strong><div className="kpi-note">{m.overdueNote(n(r.daysOverdue))}</div>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            </>
          );
        }}</WhenLoaded>
        <SourceNote sources={sources} asOf={asOfs.length === 1 ? asOfs[0] : undefined} />
      </div>
    </div>
  );
}
