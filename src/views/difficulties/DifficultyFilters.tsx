import type { DifficultyModelRow, DifficultySentenceRow } from '../../data/queries/difficulties.ts';
import { CountChips, FilterSelect } from '../../components/Filters.tsx';
import { categoryLabel } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
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
        <FilterSelect label={m.group} param="group" value={filters.group} all={m.allGroups} testId="filter-group"
          options={GROUPS.map((g) => ({ value: g, label: groupName(g) }))} />
        <FilterSelect label={m.model} param="model" value={filters.model} all={m.allModels} testId="filter-model"
          options={models.map((r) => ({ value: r.modelNo, label: m.modelOption(r.modelNo, lang === 'en' ? r.nameEn : r.nameVi) }))} />
        <FilterSelect label={m.scope} param="scope" value={filters.scope} all={m.scopeAll} testId="filter-scope"
          options={[{ value: 'national', label: m.scopeNational }, { value: 'province', label: m.scopeProvince }]} />
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
      <CountChips label={m.categoryChips} param="category" attr="category" selected={filters.category} testId="category-chips"
        all={{ label: m.allCategories, count: allCount }} items={counts.map((c) => ({ ...c, label: categoryLabel(lang, c.id) }))} />
    </div>
  );
}
