/** Pieces of the briefs: a key figure, the top causes of difficulty with a quotation each, a province's late models. */
import type { ReactNode } from 'react';
import type { LateModelRow } from '../../data/queries/late-models.ts';
import { categoryLabel, COMMON, reportStatusLabel } from '../../i18n/common.ts';
import { formatDate, formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { clipQuote, type TopCauses } from './brief-state.ts';
import { BRIEF } from './messages.ts';
import { SourceCite } from '../../components/SourceNote.tsx';

/** One key figure: the number large, what it counts below. */
export function Figure({ value, label, note, flagged = false, testId }: { value: ReactNode; label: string; note?: ReactNode; flagged?: boolean; testId?: string }) {
  return (
    <div className={`brief-figure${flagged ? ' brief-flag' : ''}`} data-testid={testId}>
      <strong>{value}</strong>
      <span>{label}</span>
      {note && <small>{note}</small>}
    </div>
  );
}

/** The top causes with their shared ranks, each with its number of sentences and one sentence quoted (in Vietnamese, as in the source). */
export function Causes({ top: { causes, alsoTied }, caption, quoteMax }: { top: TopCauses; caption?: string; quoteMax?: number }) {
  const m = useMessages(BRIEF);
  const lang = useLang();
  const first = new Map<string, string>();
  for (const c of causes) if (!first.has(c.quote.difficultyId)) first.set(c.quote.difficultyId, c.category);
  return (
    <section className="brief-causes" data-testid="brief-causes">
      <h2>{m.causesTitle}</h2>
      {caption && <p className="brief-caption">{caption}</p>}
      {causes.length === 0 ? <p>{m.causesNone}</p> : (
        <ol>
          {causes.map((c) => (
            <li key={c.category} value={c.rank} data-category={c.category} data-rank={c.rank}>
              <strong>{categoryLabel(lang, c.category)}</strong> <span className="brief-muted">({m.causeSentences(c.sentences, formatNumber(lang, c.sentences))})</span>
              {first.get(c.quote.difficultyId) === c.category
                ? <blockquote lang="vi">“{clipQuote(c.quote.text, quoteMax)}” <cite>{c.quote.modelNo ? `${m.modelRef(c.quote.modelNo)} · ` : ''}<SourceCite source={c.quote.source} /></cite></blockquote>
                : <span className="brief-muted"> — {m.sameSentence}</span>}
            </li>
          ))}
        </ol>
      )}
      {alsoTied.length > 0 && (
        <p className="brief-muted" data-testid="brief-causes-tied">
          {m.alsoTied(alsoTied[0]?.sentences ?? 0, formatNumber(lang, alsoTied[0]?.sentences ?? 0), alsoTied.map((c) => categoryLabel(lang, c.category)).join(', '))}
        </p>
      )}
    </section>
  );
}

/** A date as digits (31/12/2023), short enough for a row of the brief. */
const shortDate = (lang: string, iso: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** A province's models past their deadline, one line each: number, name, lead agency, status, deadline and its date, how long. */
export function LateList({ rows }: { rows: readonly LateModelRow[] }) {
  const m = useMessages(BRIEF);
  const common = useMessages(COMMON);
  const lang = useLang();
  const asOf = [...new Set(rows.map((r) => r.asOf))].map((d) => formatDate(lang, d)).join(', ');
  return (
    <section className="brief-late" data-testid="late-models">
      <h2>{m.lateTitle(formatNumber(lang, rows.length))}{rows.length > 0 && <span className="brief-muted"> · {m.lateAsOf(asOf)}</span>}</h2>
      {rows.length === 0 ? <p>{m.lateNone}</p> : (
        <table className="brief-table">
          <colgroup><col className="brief-late-no" /><col className="brief-late-name" /><col className="brief-late-lead" /><col className="brief-late-status" /><col /><col /></colgroup>
          <tbody>
            {rows.map((r) => (
              <tr key={r.modelNo} data-model={r.modelNo}>
                <th scope="row">{r.modelNo}</th>
                <td>{clipQuote(lang === 'en' ? r.nameEn : r.nameVi, 60)}</td>
                <td lang="vi">{r.leadAgency ?? ''}</td>
                <td>{reportStatusLabel(common, r.status)}</td>
                <td className="brief-late-due"><span lang="vi">{r.deadline}</span> <span className="brief-muted">({shortDate(lang, r.deadlineDate)})</span></td>
                <td className="brief-late-overdue">{common.overdue(r.overdueMonths, r.overdueDays)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
