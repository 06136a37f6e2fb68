import { useEffect } from 'react';
import { lateModelsSql, type LateModelRow } from '../../../data/queries/late-models.ts';
import { provinceDetailSql, type ProvinceDetailRow } from '../../../data/queries/province.ts';
import { allOf, useQuery } from '../../../data/use-query.ts';
import { COMMON, reportStatusLabel } from '../../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../../i18n/i18n.ts';
import { WALL } from '../messages.ts';
import { sceneValue } from './scene-data.ts';

// As many rows as read from five metres on one screen; the rest are counted.
const SHOWN = 7;

/**
 * A province wall's models past their deadline, the longest overdue first. With none (or no report
 * of its own) the scene asks to be skipped; `onEmpty` says whether it was, else it says so on screen.
 */
export function LateScene({ code, onEmpty }: { code: string; onEmpty: () => boolean }) {
  const m = useMessages(WALL);
  const common = useMessages(COMMON);
  const lang = useLang();
  const data = sceneValue(allOf<[LateModelRow, ProvinceDetailRow]>(useQuery(lateModelsSql(code)), useQuery(provinceDetailSql(code))));
  const empty = data !== null && data[0].length === 0;
  useEffect(() => { if (empty) onEmpty(); }, [empty, onEmpty]);
  if (!data) return null;
  const [late, [detail]] = data;
  const name = detail ? (lang === 'en' ? detail.nameEn : detail.nameVi) : code;
  const asOfs = [...new Set(late.map((r) => r.asOf))].map((d) => formatDate(lang, d)).join(', ');
  return (
    <div className="wall-scene-full">
      <h1 className="wall-title">{m.late(name)}</h1>
      {empty ? <p className="wall-note">{m.lateEmpty}</p> : (
        <>
          <div className="wall-figure"><strong>{formatNumber(lang, late.length)}</strong><span>{m.lateCount(String(late.length))}</span></div>
          <table className="wall-late" data-testid="late-models">
            <tbody>
              {late.slice(0, SHOWN).map((r) => (
                <tr key={r.modelNo} data-model={r.modelNo}>
                  <th scope="row">{r.modelNo}</th>
                  <td className="wall-late-name">{lang === 'en' ? r.nameEn : r.nameVi}<small lang="vi">{r.leadAgency ?? ''}</small></td>
                  <td className="wall-late-due" lang="vi">{r.deadline}<small>{formatDate(lang, r.deadlineDate)}</small></td>
                  <td>{reportStatusLabel(common, r.status)}</td>
                  <td className="wall-late-overdue">{m.lateOverdue(common.overdue(r.overdueMonths, r.overdueDays))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {late.length > SHOWN && <p className="wall-note">{m.lateMore(formatNumber(lang, late.length - SHOWN))}</p>}
          <p className="wall-note wall-late-source">{m.lateSource(asOfs)}</p>
        </>
      )}
    </div>
  );
}
