import { Kpi } from '../../components/Kpi.tsx';
import { WhenLoaded } from '../../components/Notice.tsx';
import { sourcesSql, type SourceRow } from '../../data/queries/catalogue.ts';
import {
  tableColumnsSql, tableCountsSql, tableSourcesSql, type TableColumnRow, type TableCountRow, type TableSourceRow,
} from '../../data/queries/data-catalogue.ts';
import { TABLES } from '../../data/schema.ts';
import { allOf, useQuery } from '../../data/use-query.ts';
import { useEditions } from '../../data/use-editions.ts';
import { currentEdition } from '../../data/editions/editions.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { catalogue, latestAsOf, totalRows } from './data-state.ts';
import { DatasetTable } from './DatasetTable.tsx';
import { DATA } from './messages.ts';
import { SourcesTable } from './SourcesTable.tsx';
import { Editions } from './Editions.tsx';
import { UploadPanel } from './UploadPanel.tsx';
import { ViewHeader } from '../../components/ViewHeader.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';

/** `#/data`: loading new data; the tables loaded, their size, columns, sources and dates, a download of each; and the source reports. */
export default function DataView() {
  const m = useMessages(DATA);
  useDocumentTitle(m.title);
  const lang = useLang();
  const editions = useEditions();
  const uploaded = new Set(TABLES.filter((t) => currentEdition(editions.state, t.name, editions.editions)?.origin === 'upload').map((t) => t.name));
  const state = allOf<[TableCountRow, TableColumnRow, TableSourceRow, SourceRow]>(
    useQuery(tableCountsSql(TABLES)), useQuery(tableColumnsSql(TABLES)), useQuery(tableSourcesSql(TABLES)), useQuery(sourcesSql()),
  );
  return (
    <section className="view" aria-labelledby="data-title">
      <ViewHeader id="data-title" title={m.title} lede={m.lede} />
      <div className="grid upload-grid">
        <UploadPanel />
        <Editions />
      </div>
      <WhenLoaded state={state}>{([counts, columns, cited, sources]) => {
        const entries = catalogue(TABLES, counts, columns, cited);
        const latest = latestAsOf(sources.map((s) => s.asOf));
        return (
          <div className="grid">
            <div className="card span-12">
              <div className="kpis kpis-2">
                <Kpi testId="kpi-tables" value={formatNumber(lang, entries.filter((e) => e.rows !== null).length)} label={m.kpiTables} />
                <Kpi value={formatNumber(lang, totalRows(entries))} label={m.kpiRows} />
                <Kpi value={formatNumber(lang, sources.length)} label={m.kpiSources} />
                <Kpi value={latest ? formatDate(lang, latest) : '—'} label={m.kpiLatest} />
              </div>
            </div>
            <div className="card span-12">
              <h2>{m.tablesTitle}</h2>
              <DatasetTable entries={entries} uploaded={uploaded} />
            </div>
            <div className="card span-12">
              <h2>{m.sourcesTitle}</h2>
              <SourcesTable sources={sources} />
            </div>
          </div>
        );
      }}</WhenLoaded>
    </section>
  );
}
