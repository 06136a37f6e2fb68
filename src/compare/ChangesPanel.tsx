/**
 * What changed against an earlier edition (`?compare=<date>`): the count of each kind of change, the
 * changed rows with both statuses, and their CSV/XLSX. The map of the same view outlines the same
 * rows (compare-state.ts), so the panel and the map cannot disagree.
 */
import { DownloadButtons } from '../components/DownloadButtons.tsx';
import { Notice, WhenReady } from '../components/Notice.tsx';
import { SourceCite } from '../components/SourceNote.tsx';
import type { ChangeFilter, ChangeRow } from '../data/queries/changes.ts';
import { useChanges, useComparison } from './use-compare.ts';
import type { QueryState } from '../data/use-query.ts';
import { CHANGE_COLORS, CHANGE_KINDS } from '../domain/changes.ts';
import { changeKindLabel, COMMON, statusLabel } from '../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../i18n/i18n.ts';
import { hrefFor } from '../state/url-state.ts';
import { CHANGE_DOWNLOAD, changeCounts, changeDownloadRows, countsLine, type ChangeCounts } from './compare-state.ts';
import { COMPARE } from './messages.ts';
import './compare.css';

/** The legend of a map's change outlines, with how many shapes (or rows) changed each way. */
export function ChangeLegend({ counts }: { counts: ChangeCounts }) {
  const common = useMessages(COMMON);
  const m = useMessages(COMPARE);
  const lang = useLang();
  return (
    <ul className="legend change-legend" aria-label={m.legendTitle} data-testid="change-legend">
      <li className="legend-title">{m.legendTitle}</li>
      {CHANGE_KINDS.map((k) => (
        <li key={k} data-change={k}>
          <span className={`change-swatch${k.startsWith('no_longer') ? ' change-dashed' : ''}`} style={{ borderColor: CHANGE_COLORS[k].light }} aria-hidden="true" />
          <span>{common.changeKinds[k]}: <strong>{formatNumber(lang, counts[k])}</strong></span>
        </li>
      ))}
    </ul>
  );
}

/** Sources with the dates of their rows, each once: "Phụ lục 04 … (19/6/2024); tệp tải lên … (31/12/2024)". */
function Cited({ pairs }: { pairs: readonly (readonly [string | null, string | null])[] }) {
  const lang = useLang();
  const seen = [...new Map(pairs.filter(([s]) => s !== null).map(([s, d]) => [`${s}|${d}`, [s ?? '', d] as const])).values()];
  return <>{seen.map(([s, d], i) => <span key={`${s}|${d}`}>{i > 0 && '; '}<SourceCite source={s} />{d && ` (${formatDate(lang, d)})`}</span>)}</>;
}

/** The panel of changes of a view: `what` names its download, `showModel`/`showProvince` its columns. */
export function ChangesPanel({ date, state, what, showModel = true, showProvince = true }: {
  date: string; state: QueryState<ChangeRow>; what: string; showModel?: boolean; showProvince?: boolean;
}) {
  const common = useMessages(COMMON);
  const m = useMessages(COMPARE);
  const lang = useLang();
  const n = (x: number): string => formatNumber(lang, x);
  const before = formatDate(lang, date);
  return (
    <div className="card span-12 changes" data-testid="changes" data-compare={date}>
      <WhenReady state={state}>{(rows) => {
        const counts = changeCounts(rows);
        const nowDates = [...new Set(rows.map((r) => r.asOf).filter((d): d is string => d !== null))].sort();
        return (
          <>
            <div className="view-header">
              <h2>{common.changeSince(before)}</h2>
              {rows.length > 0 && <DownloadButtons what={`thay-doi-${what}-so-voi-${date}`} title={common.changeSince(before)} table={CHANGE_DOWNLOAD} rows={changeDownloadRows(rows)} />}
            </div>
            <p className="lede">{m.lede(before, nowDates.length ? nowDates.map((d) => formatDate(lang, d)).join(', ') : m.now)}</p>
            <div className="kpis">
              {CHANGE_KINDS.map((k) => (
                <div key={k} className="kpi" data-testid="change-count" data-change={k}>
                  <div className="kpi-value">{n(counts[k])}</div>
                  <div className="kpi-label"><span className={`change-swatch${k.startsWith('no_longer') ? ' change-dashed' : ''}`} style={{ borderColor: CHANGE_COLORS[k].light }} aria-hidden="true" /> {common.changeKinds[k]}</div>
                </div>
              ))}
            </div>
            {rows.length === 0 ? <p>{m.none(before)}</p> : (
              <div className="table-wrap table-scroll">
                <table className="data-table cards" aria-label={m.tableLabel} data-testid="changed-rows">
                  <thead>
                    <tr>
                      {showModel && <th scope="col">{m.colModel}</th>}
                      {showProvince && <th scope="col">{m.colProvince}</th>}
                      <th scope="col">{m.colBefore}</th><th scope="col">{m.colAfter}</th><th scope="col">{m.colChange}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={`${r.modelNo}-${r.provinceCode}`} data-model={r.modelNo} data-province={r.provinceCode} data-change={r.change}>
                        {showModel && <td data-label={m.colModel}><a href={hrefFor(`/model/${r.modelNo}`)}>{r.modelNo}</a> {lang === 'en' ? r.modelEn : r.modelVi}</td>}
                        {showProvince && <td data-label={m.colProvince}><a href={hrefFor(`/province/${r.provinceCode}`)}>{lang === 'en' ? r.nameEn : r.nameVi}</a></td>}
                        <td data-label={m.colBefore}>{r.before ? statusLabel(common, r.before) : '—'}</td>
                        <td data-label={m.colAfter}>{r.after ? statusLabel(common, r.after) : '—'}</td>
                        <td data-label={m.colChange}><strong>{changeKindLabel(common, r.change)}</strong></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {rows.length > 0 && (
              <p className="source-note" data-testid="changes-sources">
                {m.before}: <Cited pairs={rows.map((r) => [r.beforeSource, r.beforeAsOf])} /> · {m.nowLabel}: <Cited pairs={rows.map((r) => [r.source, r.asOf])} />
              </p>
            )}
          </>
        );
      }}</WhenReady>
    </div>
  );
}

/** The notice for a `?compare=` that is not a date. */
export function InvalidComparison({ given }: { given: string }) {
  const m = useMessages(COMPARE);
  return <Notice kind="error">{m.invalid(given)}</Notice>;
}

/** A list's cell of change: the counts of a model's or a province's changed rows ("—" for none). */
export function ChangeCell({ counts }: { counts: ChangeCounts | undefined }) {
  const common = useMessages(COMMON);
  const m = useMessages(COMPARE);
  const lang = useLang();
  const kinds = counts ? CHANGE_KINDS.filter((k) => counts[k] > 0) : [];
  return (
    <td data-label={m.column} data-col="change" data-change={kinds.join(' ') || undefined}>
      {counts && kinds.length ? countsLine(counts, (k) => changeKindLabel(common, k), (x) => formatNumber(lang, x)) : '—'}
    </td>
  );
}

/** A brief's line of change when a comparison is active (`?compare=`): the counts of this brief's changed rows. */
export function BriefChangeLine({ filter }: { filter: ChangeFilter }) {
  const common = useMessages(COMMON);
  const m = useMessages(COMPARE);
  const lang = useLang();
  const { comparison } = useComparison();
  const state = useChanges(comparison, filter);
  if (!comparison) return null;
  // The brief waits for this line before it says it is ready to print (BriefView.tsx).
  if (state?.status !== 'ready') return <span data-pending="" hidden />;
  const line = countsLine(changeCounts(state.rows), (k) => changeKindLabel(common, k), (x) => formatNumber(lang, x));
  return <p className="brief-change" data-testid="brief-change" data-compare={comparison.date}>{m.briefLine(formatDate(lang, comparison.date), line)}</p>;
}
