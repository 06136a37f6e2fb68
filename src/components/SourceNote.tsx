/**
 * "Source: <name> · figures as of <date>" for the sources of what a card shows. A report is named
 * as a person knows it (its short name from sources.csv), its full title and file name a hover or a
 * click away; a file uploaded in this browser is named as such.
 */
import { useState } from 'react';
import { sourcesSql, type SourceRow } from '../data/queries/catalogue.ts';
import { asOfDates } from '../i18n/as-of.ts';
import { useQuery } from '../data/use-query.ts';
import { COMMON } from '../i18n/common.ts';
import { formatDate, useLang, useMessages } from '../i18n/i18n.ts';
import '../styles/provenance.css';

/** A source's name for people; its full title and file on hover, the file name shown on a click. */
export function SourceName({ source, row }: { source: string; row: SourceRow | undefined }) {
  const m = useMessages(COMMON);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  if (!row) return <span className="source-name" data-source={source}>{m.uploadedFile(source)}</span>;
  const title = lang === 'en' ? row.titleEn : row.titleVi;
  return (
    <span className="source-name" data-source={source}>
      <button type="button" className="source-toggle" title={`${title} (${source})`} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {lang === 'en' ? row.shortEn : row.shortVi}
      </button>
      {open && <> <span className="source-title">{title}</span> <code>{source}</code></>}
    </span>
  );
}

/** One source cited beside a quotation or a row, by its short name (its title and file on hover). */
export function SourceCite({ source }: { source: string }) {
  const q = useQuery<SourceRow>(sourcesSql());
  const rows = q.status === 'ready' ? q.rows : [];
  return <SourceName source={source} row={rows.find((r) => r.source === source)} />;
}

/** The note under a card. `asOf` overrides the sources' own as-of dates (figures that carry their own). */
export function SourceNote({ sources, asOf }: { sources: readonly string[]; asOf?: string }) {
  const m = useMessages(COMMON);
  const lang = useLang();
  const q = useQuery<SourceRow>(sourcesSql());
  const rows = q.status === 'ready' ? q.rows : [];
  const known = rows.filter((r) => sources.includes(r.source));
  return (
    <p className="source-note" data-sources={sources.join(' ')}>
      <span className="source-label">{m.sourceLabel}: </span>
      {sources.map((s, i) => (
        <span key={s}>{i > 0 && '; '}<SourceName source={s} row={rows.find((r) => r.source === s)} /></span>
      ))}
      {(asOf || known.length > 0) && <> · {m.asOfLabel} {asOf ? formatDate(lang, asOf) : asOfDates(lang, known)}</>}
    </p>
  );
}
