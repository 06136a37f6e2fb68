import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { tableDownload } from '../../lib/download-columns.ts';
import { DOWNLOAD } from '../../lib/download-messages.ts';
import { wholeTableSql } from '../../data/queries/data-catalogue.ts';
import { TABLE_BY_NAME } from '../../data/schema.ts';
import { useQuery } from '../../data/use-query.ts';
import { COMMON } from '../../i18n/common.ts';
import { formatDate, formatNumber, hasLabel, useLang, useMessages } from '../../i18n/i18n.ts';
import type { CatalogueEntry } from './data-state.ts';
import { DATA } from './messages.ts';

/** One row per loaded table: name and file, description, row count, columns, sources cited with their dates, download. */
export function DatasetTable({ entries, uploaded }: { entries: readonly CatalogueEntry[]; uploaded: ReadonlySet<string> }) {
  const m = useMessages(DATA);
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table className="data-table cards" data-testid="dataset-table">
        <thead>
          <tr>
            <th scope="col">{m.colTable}</th><th scope="col">{m.colDescription}</th><th scope="col" className="num">{m.colRows}</th>
            <th scope="col">{m.colColumns}</th><th scope="col">{m.colSources}</th><th scope="col">{m.colDownload}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.name} data-table={e.name} data-origin={uploaded.has(e.name) ? 'upload' : 'bundled'}>
              <th scope="row">
                <code>{e.name}</code><div className="kpi-note">{e.file}</div>
                {uploaded.has(e.name) && <span className="flag" data-testid="uploaded-badge">{m.uploadedBadge}</span>}
              </th>
              <td>{hasLabel(m.descriptions, e.name) ? m.descriptions[e.name] : ''}</td>
              <td className="num" data-label={m.colRows} data-testid="table-row-count">{e.rows === null ? m.notLoaded : formatNumber(lang, e.rows)}</td>
              <td className="col-list" data-label={m.colColumns}>
                {e.columns.map((c) => (
                  <code key={c.name} title={c.declared ? c.type : `${c.type} · ${m.extraColumn}`}>{c.name}{c.declared ? '' : '*'}</code>
                ))}
              </td>
              <td data-label={m.colSources}>
                {e.sources === null ? <span className="kpi-note">{m.noSourceColumn}</span> : (
                  <ul className="source-list">
                    {e.sources.map((s) => (
                      <li key={s.source} data-source={s.source}>
                        {s.source ? <code>{s.source}</code> : <span className="kpi-note">{m.noSource}</span>}
                        <div>
                          {s.asOfs.length > 0 ? s.asOfs.map((d) => formatDate(lang, d)).join(', ') : <span className="kpi-note">{m.noAsOf}</span>}
                          {' '}· <span className="kpi-note">{m.rowsCiting(s.rows, formatNumber(lang, s.rows))}</span>
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{e.rows !== null && <TableDownload name={e.name} columns={e.columns.map((c) => c.name)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The download of a whole table as loaded, with its own column names. */
function TableDownload({ name, columns }: { name: string; columns: string[] }) {
  const common = useMessages(COMMON);
  const xlsx = useMessages(DOWNLOAD);
  const schema = TABLE_BY_NAME.get(name);
  const q = useQuery<Record<string, string | number | null>>(schema ? wholeTableSql(schema) : null);
  if (q.status !== 'ready') {
    return (
      <span className="download-buttons">
        <button type="button" className="csv-button" data-testid="download-csv" disabled>{q.status === 'error' ? '—' : common.downloadCsv}</button>
        <button type="button" className="csv-button" data-testid="download-xlsx" disabled>{q.status === 'error' ? '—' : xlsx.downloadXlsx}</button>
      </span>
    );
  }
  return <DownloadButtons what={name} title={name} table={tableDownload(schema, columns)} rows={q.rows} />;
}
