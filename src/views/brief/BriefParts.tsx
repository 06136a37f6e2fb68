/** Pieces the two briefs share: a key figure, and the top causes of difficulty with a quotation each. */
import type { ReactNode } from 'react';
import { categoryLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { clipQuote, type TopCauses } from './brief-state.ts';
import { BRIEF } from './messages.ts';

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
export function Causes({ top: { causes, alsoTied }, caption }: { top: TopCauses; caption?: string }) {
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
                ? <blockquote lang="vi">“{clipQuote(c.quote.text)}” <cite>{c.quote.modelNo ? `${m.modelRef(c.quote.modelNo)} · ` : ''}{c.quote.source}</cite></blockquote>
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
