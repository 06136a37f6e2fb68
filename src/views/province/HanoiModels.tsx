import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import type { HanoiModelRow } from '../../data/queries/province.ts';
import { COMMON, hanoiTrackLabel, matchBasisLabel, matchBasisNote } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor } from '../../state/url-state.ts';
import { PROVINCE } from './messages.ts';
import { hanoiCsvRows, hanoiDownload } from '../../state/province-state.ts';

interface Props {
  /** `own` on Hà Nội's page; `registration` on the page of the province whose report registers them. */
  role: 'own' | 'registration';
  name: string;
  rows: HanoiModelRow[];
}

/** Hà Nội's 19 models, each matched with one of the 44 where it can be; with a province's registration of them where it has one. */
export function HanoiModels({ role, name, rows }: Props) {
  const m = useMessages(PROVINCE);
  const common = useMessages(COMMON);
  const lang = useLang();
  const reg = role === 'registration';
  const sourceText = lang === 'en' ? <span className="kpi-note"> {common.sourceTextNote}</span> : null;
  const bases = [...new Set(rows.map((r) => r.matchBasis).filter((b): b is string => b !== null))];
  const sources = [...new Set(rows.map((r) => r.source))];

  return (
    <div className="grid">
      <div className="card span-12" data-testid="hanoi-models" data-role={role}>
        <div className="view-header">
          <h2>{reg ? m.hanoiTitleReg(name) : m.hanoiTitleOwn}</h2>
          <DownloadButtons what={reg ? 'ha-noi-19-mo-hinh-dang-ky' : 'ha-noi-19-mo-hinh'} title={reg ? m.hanoiTitleReg(name) : m.hanoiTitleOwn}
            table={hanoiDownload(role)} rows={hanoiCsvRows(rows)} />
        </div>
        <p className="lede">{reg ? m.hanoiLedeReg : m.hanoiLedeOwn}</p>
        <div className="table-wrap">
          <table className={`data-table cards ${reg ? 'province-table-wide' : 'province-table'}`} data-testid="hanoi-models-table">
            <thead>
              <tr>
                <th scope="col" className="num">{m.colHanoiNo}</th><th scope="col">{m.colHanoiName}{sourceText}</th>
                <th scope="col">{m.colMatch}</th>
                {reg && <><th scope="col">{m.colTrack}</th><th scope="col">{m.colLead}{sourceText}</th>
                  <th scope="col">{m.colProgress}{sourceText}</th><th scope="col">{m.colResult}{sourceText}</th></>}
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.hanoiNo} data-hanoi={h.hanoiNo} data-model={h.modelNo ?? ''} data-track={h.track ?? ''}>
                  <td className="num" data-label={m.colHanoiNo}>{h.hanoiNo}</td>
                  <td className="province-text" lang="vi" data-label={m.colHanoiName}>{h.nameVi}</td>
                  <td className="province-text" data-label={m.colMatch}>
                    {h.modelNo === null ? <span className="kpi-note">{m.matchNone}</span> : (
                      <>
                        <a href={hrefFor(`/model/${h.modelNo}`)}>{h.modelNo}. {(lang === 'en' ? h.modelNameEn : h.modelNameVi) ?? ''}</a>
                        {h.matchBasis && <span className="kpi-note block-note" data-basis={h.matchBasis}>{matchBasisLabel(common, h.matchBasis)}</span>}
                      </>
                    )}
                  </td>
                  {reg && (
                    <>
                      <td className="col-mid" data-label={m.colTrack}>{h.track ? hanoiTrackLabel(common, h.track) : ''}</td>
                      <td className="col-mid" lang="vi" data-label={m.colLead}>{h.leadAgency ?? ''}</td>
                      <td className="province-text" lang="vi" data-label={m.colProgress}>{h.progress ?? ''}</td>
                      <td className="province-text province-long" lang="vi" data-label={m.colResult}>{h.result ?? ''}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {bases.length > 0 && (
          <>
            <h3>{m.matchTitle}</h3>
            <ul className="legend" data-testid="match-bases">
              {bases.map((b) => <li key={b}><span><strong>{matchBasisLabel(common, b)}</strong>: {matchBasisNote(common, b)}</span></li>)}
            </ul>
          </>
        )}
        <SourceNote sources={sources} />
      </div>
    </div>
  );
}
