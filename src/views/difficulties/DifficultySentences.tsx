import { reportsProgress, type DifficultySentenceRow } from '../../data/queries/difficulties.ts';
import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { categoryLabel, COMMON } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import { orderedCategories, SENTENCE_DOWNLOAD, sentenceCsvRows, type DifficultyFilters } from './difficulties-state.ts';
import { DIFFICULTIES } from './messages.ts';
import { SourceCite } from '../../components/SourceNote.tsx';

interface Props {
  shown: readonly DifficultySentenceRow[];
  /** Sentences that report progress, shown apart after the difficulties and never counted. */
  progress: readonly DifficultySentenceRow[];
  total: number;
  filters: DifficultyFilters;
}

/** The sentences the filters keep, each with its causes, model, report and source file; then those reporting progress; and their CSV. */
export function DifficultySentences({ shown, progress, total, filters }: Props) {
  const m = useMessages(DIFFICULTIES);
  const common = useMessages(COMMON);
  const lang = useLang();

  return (
    <div className="card">
      <div className="view-header">
        <h2>
          {m.listTitle} <span className="kpi-note" data-testid="sentence-count">({m.shown(shown.length, total)})</span>
          {lang === 'en' && <span className="kpi-note"> {common.sourceTextNote}</span>}
        </h2>
        <DownloadButtons what="kho-khan" title={m.listTitle} table={SENTENCE_DOWNLOAD} rows={sentenceCsvRows([...shown, ...progress])} />
      </div>
      {shown.length === 0 ? <p>{m.none}</p> : (
        <div className="table-scroll">
          <ul className="sentences" data-testid="difficulty-sentences">
            {shown.map((s) => <Sentence key={s.difficultyId} s={s} filters={filters} testId="difficulty-sentence" />)}
          </ul>
        </div>
      )}
      {progress.length > 0 && (
        <>
          <h3 className="kpi-note">{common.progressApart(progress.length)}</h3>
          <ul className="sentences" data-testid="progress-sentences">
            {progress.map((s) => <Sentence key={s.difficultyId} s={s} filters={filters} testId="progress-sentence" />)}
          </ul>
        </>
      )}
    </div>
  );
}

/** One sentence: its text, its causes as filter chips, where it comes from; a sentence reporting progress says so. */
function Sentence({ s, filters, testId }: { s: DifficultySentenceRow; filters: DifficultyFilters; testId: string }) {
  const m = useMessages(DIFFICULTIES);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { setParams } = useLocation();
  return (
    <li data-testid={testId} data-id={s.difficultyId} data-model={s.modelNo}>
      {reportsProgress(s) && <><span className="flag">{common.progressNotDifficulty}</span>{' '}</>}
      <span lang="vi">{s.text}</span>
      <span className="chips">
        {orderedCategories(s.categories).map((c) => (
          <button key={c} type="button" className="chip chip-small" aria-pressed={filters.category === c}
            title={m.filterByCategory(categoryLabel(lang, c))}
            onClick={() => setParams({ category: filters.category === c ? undefined : c }, { replace: true })}>
            {categoryLabel(lang, c)}
          </button>
        ))}
      </span>
      <span className="meta">
        <a href={hrefFor(`/model/${s.modelNo}`)}>{m.modelLink(s.modelNo)}</a>
        {' '}· {lang === 'en' ? s.modelEn : s.modelVi} · {m.groupName(s.group)}
        {' '}· {s.provinceCode ? m.provincial((lang === 'en' ? s.provinceEn : s.provinceVi) ?? s.provinceCode) : m.national}
        {' '}· <SourceCite source={s.source} />
      </span>
    </li>
  );
}
