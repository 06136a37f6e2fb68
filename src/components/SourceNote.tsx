import { sourcesSql, type SourceRow } from '../data/queries/catalogue.ts';
import { useQuery } from '../data/use-query.ts';
import { COMMON } from '../i18n/common.ts';
import { formatDate, useLang, useMessages } from '../i18n/i18n.ts';

/** "Source: <title> (<file>) · figures as of <date>" for one or more source files. */
export function SourceNote({ sources, asOf }: { sources: readonly string[]; asOf?: string }) {
  const m = useMessages(COMMON);
  const lang = useLang();
  const q = useQuery<SourceRow>(sourcesSql());
  const rows = q.status === 'ready' ? q.rows.filter((r) => sources.includes(r.source)) : [];
  return (
    <p className="source-note">
      <span className="source-label">{m.sourceLabel}: </span>
      {sources.map((s, i) => {
        const row = rows.find((r) => r.source === s);
        return (
          <span key={s}>
            {i > 0 && '; '}
            {row ? (lang === 'en' ? row.titleEn : row.titleVi) : ''} <code>{s}</code>
            {!asOf && row && <> · {m.asOfLabel} {formatDate(lang, row.asOf)}</>}
          </span>
        );
      })}
      {asOf && <> · {m.asOfLabel} {formatDate(lang, asOf)}</>}
    </p>
  );
}
