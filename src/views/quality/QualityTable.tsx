import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { CountChips, FilterSelect } from '../../components/Filters.tsx';
import type { QualityRow } from '../../data/queries/quality.ts';
import { COMMON, discrepancyKindLabel, reportStatusLabel, statusLabel } from '../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { QUALITY } from './messages.ts';
import { DetailText } from '../../components/DetailText.tsx';
import {
  concerned, difference, figureKind, filterDiscrepancies, kindCounts, parseQualityFilters, passesQuality, QUALITY_DOWNLOAD, qualityCsvRows, sourcesOf,
} from './quality-state.ts';

/** The discrepancies with their filters (kind chips, model, province), stated vs counted, and their CSV. */
export function QualityTable({ rows }: { rows: readonly QualityRow[] }) {
  const m = useMessages(QUALITY);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const set = (changes: Record<string, string | undefined>): void => setParams(changes, { replace: true });
  const f = parseQualityFilters(location.params);
  const shown = filterDiscrepancies(rows, f);
  const kinds = kindCounts(rows, f);
  const allCount = rows.filter((r) => passesQuality(r, f, ['kind'])).length;
  const { models, provinces } = concerned(rows);
  if (f.model !== null && !models.some((x) => x.no === f.model)) models.push({ no: f.model, nameVi: '', nameEn: '' });
  if (f.province && !provinces.some((x) => x.code === f.province)) provinces.push({ code: f.province, nameVi: f.province, nameEn: f.province });
  const num = (n: number | null) => (n === null ? <span className="kpi-note">{m.notStated}</span> : formatNumber(lang, n));
  const figure = (v: string): string => {
    const f = figureKind(v);
    if (f.kind === 'coverage') return statusLabel(common, v);
    if (f.kind === 'report') return reportStatusLabel(common, v);
    return f.kind === 'number' ? formatNumber(lang, Number(v)) : v;
  };

  return (
    <>
      <div className="view-header">
        <h2>{m.listTitle} <span className="kpi-note" data-testid="discrepancy-count">({m.shown(shown.length, rows.length)})</span></h2>
        <DownloadButtons what="sai-lech-nguon" title={m.listTitle} table={QUALITY_DOWNLOAD} rows={qualityCsvRows(shown)} />
      </div>
      <div className="filters" role="search" aria-label={m.filters}>
        <CountChips label={m.kindChips} param="kind" attr="kind" selected={f.kind} testId="kind-chips"
          all={{ label: m.allKinds, count: allCount }} items={kinds.map((k) => ({ id: k.kind, label: discrepancyKindLabel(common, k.kind), count: k.count }))} />
        <div className="filter-fields">
          <FilterSelect label={m.model} param="model" value={f.model} all={m.allModels} testId="filter-model"
            options={models.map((x) => ({ value: x.no, label: m.modelOption(x.no, lang === 'en' ? x.nameEn : x.nameVi) }))} />
          <FilterSelect label={m.province} param="province" value={f.province} all={m.allProvinces} testId="filter-province"
            options={provinces.map((x) => ({ value: x.code, label: lang === 'en' ? x.nameEn : x.nameVi }))} />
          {(f.kind || f.model !== null || f.province) && (
            <button type="button" className="button" onClick={() => set({ kind: undefined, model: undefined, province: undefined })}>{m.clear}</button>
          )}
        </div>
      </div>
      {shown.length === 0 ? <p>{m.none}</p> : (
        <div className="table-wrap">
          <table className="data-table cards" data-testid="discrepancy-table">
            <thead>
              <tr>
                <th scope="col">{m.colKind}</th><th scope="col">{m.colConcerns}</th>
                <th scope="col" className="num">{m.colStated}</th><th scope="col" className="num">{m.colCounted}</th>
                <th scope="col">{m.colDetail}</th><th scope="col">{m.colSource}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => {
                const diff = difference(r);
                return (
                  <tr key={r.rowNo} data-kind={r.kind} data-model={r.modelNo ?? ''} data-province={r.provinceCode ?? ''}>
                    <td><strong>{discrepancyKindLabel(common, r.kind)}</strong></td>
                    <td>
                      {r.modelNo !== null && (
                        <div><a href={hrefFor(`/model/${r.modelNo}`)}>{m.modelLink(r.modelNo)}</a>{' '}
                          <span className="kpi-note">{lang === 'en' ? r.modelEn : r.modelVi}</span></div>
                      )}
                      {r.provinceCode && (
                        <div><a href={hrefFor(`/province/${r.provinceCode}`)}>{(lang === 'en' ? r.provinceEn : r.provinceVi) ?? r.provinceCode}</a></div>
                      )}
                      {r.modelNo === null && !r.provinceCode && <span className="kpi-note">{m.wholeReport}</span>}
                    </td>
                    {/* Two sources' figures stand with their sources; stated/counted are one source's. */}
                    <td className="num pair" data-label={m.colStated}>{r.otherSource === null ? num(r.stated) : '—'}</td>
                    <td className="num pair" data-label={m.colCounted}>{r.otherSource === null ? num(r.counted) : '—'}{diff !== null && diff !== 0 && <span className="num-diff">({diff > 0 ? '+' : '−'}{formatNumber(lang, Math.abs(diff))})</span>}</td>
                    <td className="text-cell" data-label={m.colDetail}><DetailText en={r.detail} vi={r.detailVi} /></td>
                    <td data-label={m.colSource}>
                      {sourcesOf(r).map((x) => (
                        <div key={x.role} className="quality-source" data-source-role={x.role} data-source={x.file}>
                          {/* The file name is a hover away: people read the report's title. */}
                          <span title={x.file}>{(lang === 'en' ? x.titleEn : x.titleVi) ?? x.file}</span>
                          {x.value !== null && <>: <strong data-value={x.value}>{figure(x.value)}</strong></>}
                          {x.asOf && <div className="kpi-note">{m.asOf(formatDate(lang, x.asOf))}</div>}
                        </div>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
