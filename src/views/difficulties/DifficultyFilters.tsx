import type { DifficultyModelRow, DifficultySentenceRow } from '../../data/queries/difficulties.ts';
import { categoryLabel } from '../../i18n/common.ts';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { useLocation } from '../../state/url-state.ts';
import { categoryCounts, GROUPS, groupTitleVi, NO_FILTERS, passes, type DifficultyFilters } from './difficulties-state.ts';
import { DIFFICULTIES } from './messages.ts';

interface Props {
  sentences: readonly DifficultySentenceRow[];
  models: readonly DifficultyModelRow[];
  filters: DifficultyFilters;
}

/** The filters: cause chips with their counts, group, model, report and a search box. Every change goes to the URL. */
export function DifficultyFiltersPanel({ sentences, models, filters }: Props) {
  const m = useMessages(DIFFICULTIES);
  const lang = useLang();
  const { setParams } = useLocation();
  const set = (changes: Record<string, string | undefined>): void => setParams(changes, { replace: true });
  const counts = categoryCounts(sentences, filters);
  const allCount = sentences.filter((s) => passes(s, filters, ['category'])).length;
  const groupName = (g: string): string => {
    const row = models.find((r) => r.group === g);
    const name = lang === 'en' ? row?.groupEn : row?.groupVi && groupTitleVi(row.groupVi);
    return name ? m.groupOption(g, name) : m.groupName(g);
  };
  const anyFilter = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <div className="filters" role="search" aria-label={m.filters}>
      <div className="filter-fields">
        <label className="inline-field">{m.group}
          <select data-testid="filter-group" value={filters.group ?? ''} onChange={(e) => set({ group: e.target.value || undefined })}>
            <option value="">{m.allGroups}</option>
            {GROUPS.map((g) => <option key={g} value={g}>{groupName(g)}</option>)}
          </select>
        </label>
        <label className="inline-field">{m.model}
          <select data-testid="filter-model" value={filters.model ?? ''} onChange={(e) => set({ model: e.target.value || undefined })}>
            <option value="">{m.allModels}</option>
            {models.map((r) => <option key={r.modelNo} value={r.modelNo}>{m.modelOption(r.modelNo, lang === 'en' ? r.nameEn : r.nameVi)}</option>)}
          </select>
        </label>
        <label className="inline-field">{m.scope}
          <select data-testid="filter-scope" value={filters.scope ?? ''} onChange={(e) => set({ scope: e.target.value || undefined })}>
            <option value="">{m.scopeAll}</option>
            <option value="national">{m.scopeNational}</option>
            <option value="province">{m.scopeProvince}</option>
          </select>
        </label>
        <label className="inline-field">{m.search}
          <input type="search" data-testid="filter-q" value={filters.q} placeholder={m.searchHint}
            onChange={(e) => set({ q: e.target.value || undefined })} />
        </label>
        {anyFilter && (
          <button type="button" className="button" onClick={() => set({ category: undefined, group: undefined, model: undefined, scope: undefined, q: undefined })}>
            {m.clear}
          </button>
        )}
      </div>
      <div className="chips" role="group" aria-label={m.categoryChips} data-testid="category-chips">
        <button type="button" className="chip" aria-pressed={filters.category === null} data-category="" data-count={allCount}
          onClick={() => set({ category: undefined })}>
          {m.allCategories} <span className="chip-count">{formatNumber(lang, allCount)}</span>
        </button>
        {counts.map((c) => (
          <button key={c.id} type="button" className="chip" aria-pressed={filters.category === c.id} data-category={c.id} data-count={c.count}
            onClick={() => set({ category: filters.category === c.id ? undefined : c.id })}>
            {categoryLabel(lang, c.id)} <span className="chip-count">{formatNumber(lang, c.count)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
