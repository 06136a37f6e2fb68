import { useMemo } from 'react';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { WhenReady } from '../../components/Notice.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import { NATIONAL_SOURCE, provinceListSql, type ProvinceListRow } from '../../data/queries/catalogue.ts';
import { useQuery } from '../../data/use-query.ts';
import { collator, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { competitionRanks, rankText } from '../../lib/ranking.ts';
import { PROVINCE_INDEX } from './index-messages.ts';
import { PROVINCE_LIST_DOWNLOAD, provinceListRows } from './province-downloads.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ChangeCell } from '../../compare/ChangesPanel.tsx';
import { COMPARE } from '../../compare/messages.ts';
import { useListChanges } from '../../compare/use-compare.ts';


type Sort = 'name' | 'deployed' | 'region';

/** `#/province`: the 63 provinces with how many models each has deployed; sortable, sort kept in the URL. */
export default function ProvinceIndex() {
  const m = useMessages(PROVINCE_INDEX);
  const lang = useLang();
  const { location, setParams } = useLocation();
  const sort: Sort = location.params.sort === 'deployed' || location.params.sort === 'region' ? location.params.sort : 'name';
  const changes = useListChanges('provinceCode');
  const compare = useMessages(COMPARE);
  const q = useQuery<ProvinceListRow>(provinceListSql());
  useDocumentTitle(m.title);
  // Shared ranks by models deployed, whatever the sort: a tie reads "28–32" on each of its provinces.
  const ranks = useMemo(() => new Map(q.status === 'ready'
    ? competitionRanks(q.rows, (r) => r.deployed).map((r) => [r.item.provinceCode, rankText(r.rank, r.last, (x) => formatNumber(lang, x))])
    : []), [q, lang]);
  const name = (r: ProvinceListRow): string => (lang === 'en' ? r.nameEn : r.nameVi);
  const order = (rows: ProvinceListRow[]): ProvinceListRow[] => {
    const c = collator(lang);
    const byName = (a: ProvinceListRow, b: ProvinceListRow) => c.compare(name(a), name(b));
    return [...rows].sort(sort === 'deployed' ? (a, b) => b.deployed - a.deployed || byName(a, b)
      : sort === 'region' ? (a, b) => a.region.localeCompare(b.region) || byName(a, b) : byName);
  };
  return (
    <section className="view" aria-labelledby="provinces-title">
      <ViewHeader id="provinces-title" title={m.title}>
        {q.status === 'ready' && (
          <DownloadButtons what="danh-sach-tinh-thanh" title={m.title} table={PROVINCE_LIST_DOWNLOAD} rows={provinceListRows(order(q.rows))} />
        )}
      </ViewHeader>
      <p>{m.intro}</p>
      <label className="inline-field">{m.sortBy}{' '}
        <select value={sort} onChange={(e) => setParams({ sort: e.target.value === 'name' ? undefined : e.target.value })}>
          <option value="name">{m.sortName}</option>
          <option value="deployed">{m.sortDeployed}</option>
          <option value="region">{m.sortRegion}</option>
        </select>
      </label>
      <WhenReady state={q}>{(rows) => (
        <div className="table-wrap">
          <table className="data-table cards list-cards" data-testid="province-list">
            <thead><tr><th scope="col">{m.code}</th><th scope="col">{m.name}</th><th scope="col">{m.region}</th>
              <th scope="col" className="num">{m.deployed}</th><th scope="col" className="num">{m.rank}</th><th scope="col" className="num">{m.unknown}</th>{changes && <th scope="col">{compare.column}</th>}</tr></thead>
            <tbody>
              {order(rows).map((r) => (
                <tr key={r.provinceCode} data-province={r.provinceCode}>
                  <td className="card-key"><code>{r.provinceCode}</code></td>
                  <td className="card-title"><a href={hrefFor(`/province/${r.provinceCode}`)}>{name(r)}</a></td>
                  <td data-label={m.region}>{lang === 'en' ? r.regionEn : r.regionVi}</td>
                  <td className="num pair" data-label={m.deployed}>{formatNumber(lang, r.deployed)}</td>
                  <td className="num pair" data-label={m.rank} data-col="rank">{ranks.get(r.provinceCode)}</td>
                  <td className="num pair" data-label={m.unknown}>{formatNumber(lang, r.unknown)}</td>
                  {changes && <ChangeCell counts={changes.get(r.provinceCode)} />}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}</WhenReady>
      <SourceNote sources={[NATIONAL_SOURCE]} />
    </section>
  );
}
