import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { WhenReady } from '../../components/Notice.tsx';
import { SourceNote } from '../../components/SourceNote.tsx';
import { modelListSql, NATIONAL_SOURCE, type ModelListRow } from '../../data/queries/catalogue.ts';
import { useQuery } from '../../data/use-query.ts';
import { COMMON, statusLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { MODEL_INDEX } from './index-messages.ts';
import { MODEL_LIST_DOWNLOAD, modelListRows } from './model-downloads.ts';
import { hrefFor } from '../../state/url-state.ts';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { ChangeCell } from '../../compare/ChangesPanel.tsx';
import { COMPARE } from '../../compare/messages.ts';
import { useListChanges } from '../../compare/use-compare.ts';


/** `#/model`: every model with its coverage counts. */
export default function ModelIndex() {
  const m = useMessages(MODEL_INDEX);
  const common = useMessages(COMMON);
  const lang = useLang();
  const changes = useListChanges('modelNo');
  const compare = useMessages(COMPARE);
  const q = useQuery<ModelListRow>(modelListSql());
  useDocumentTitle(m.title);
  return (
    <section className="view" aria-labelledby="models-title">
      <ViewHeader id="models-title" title={m.title}>
        {q.status === 'ready' && (
          <DownloadButtons what="danh-muc-mo-hinh" title={m.title} table={MODEL_LIST_DOWNLOAD} rows={modelListRows(q.rows)} />
        )}
      </ViewHeader>
      <p>{m.intro}</p>
      <WhenReady state={q}>{(rows) => (
        <div className="table-wrap">
          <table className="data-table cards list-cards" data-testid="model-list">
            <thead><tr><th scope="col">{m.no}</th><th scope="col">{m.name}</th><th scope="col">{m.group}</th>
              <th scope="col" className="num">{m.stated}</th><th scope="col" className="num">{statusLabel(common, 'deployed')}</th>
              <th scope="col" className="num">{statusLabel(common, 'not_deployed')}</th><th scope="col" className="num">{statusLabel(common, 'unknown')}</th>{changes && <th scope="col">{compare.column}</th>}</tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.modelNo} data-model={r.modelNo}>
                  <td className="num card-key">{r.modelNo}</td>
                  <td className="card-title"><a href={hrefFor(`/model/${r.modelNo}`)}>{lang === 'en' ? r.nameEn : r.nameVi}</a></td>
                  <td className="pair" data-label={m.group}>{r.group}</td>
                  <td className="num pair" data-label={m.stated}>{r.statedCount === null ? '—' : formatNumber(lang, r.statedCount)}</td>
                  <td className="num pair" data-label={statusLabel(common, 'deployed')}>{formatNumber(lang, r.deployed)}</td>
                  <td className="num pair" data-label={statusLabel(common, 'not_deployed')}>{formatNumber(lang, r.notDeployed)}</td>
                  <td className="num pair" data-label={statusLabel(common, 'unknown')}>{formatNumber(lang, r.unknown)}</td>
                  {changes && <ChangeCell counts={changes.get(r.modelNo)} />}
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
