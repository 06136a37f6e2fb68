import type { SourceRow } from '../../data/queries/catalogue.ts';
import { formatDate, useLang, useMessages } from '../../i18n/i18n.ts';
import { DATA } from './messages.ts';

/** The source reports: file, title in the UI language, issuer, date, as-of date and how it was set. */
export function SourcesTable({ sources }: { sources: readonly SourceRow[] }) {
  const m = useMessages(DATA);
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table className="data-table cards" data-testid="sources-table">
        <thead>
          <tr>
            <th scope="col">{m.colFile}</th><th scope="col">{m.colTitle}</th><th scope="col">{m.colIssuer}</th>
            <th scope="col">{m.colDate}</th><th scope="col">{m.colAsOf}</th><th scope="col">{m.colAsOfBasis}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.source} data-source={s.source}>
              <td><code>{s.source}</code></td>
              <td>{lang === 'en' ? s.titleEn : <span lang="vi">{s.titleVi}</span>}</td>
              <td data-label={m.colIssuer}>{s.issuer ? <span lang="vi">{s.issuer}</span> : <span className="kpi-note">{m.issuerNone}</span>}</td>
              <td className="num pair" data-label={m.colDate}>{s.date ? formatDate(lang, s.date) : '—'}</td>
              <td className="num pair" data-label={m.colAsOf}>{formatDate(lang, s.asOf)}</td>
              <td lang="en" data-label={m.colAsOfBasis}>{s.asOfBasis}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
