/**
 * Pure derivations of the difficulties view: filters read from the URL, the sentences they keep,
 * counts per category, the two charts' options, and the CSV rows. The bar chart and the category
 * chips count the sentences that pass every filter but the category, so a bar's length is the
 * number of sentences shown after clicking it; the matrix counts those that pass scope and search.
 */
import { downloadOf } from '../../lib/download-columns.ts';
import { groupName } from '../../lib/sentence-case.ts';
import type { DownloadRow } from '../../lib/download-table.ts';
import type { ChartClick } from '../../charts/EChart.tsx';
import type { ChartOption } from '../../charts/chart-settings.ts';
import { plainText } from '../../charts/tooltip-text.ts';
import { reportsProgress, type DifficultyModelRow, type DifficultySentenceRow } from '../../data/queries/difficulties.ts';
import { wrapText } from '../../charts/wrap.ts';
import { DIFFICULTY_CATEGORIES } from '../../domain/difficulty-categories.ts';
import { GROUPS, isGroup, isModelNo } from '../../domain/rollout.ts';

/** The category ids in display order (`other` last). */
export const CATEGORY_IDS: readonly string[] = DIFFICULTY_CATEGORIES.map((c) => c.id);

/** The model groups, in order. */
export { GROUPS } from '../../domain/rollout.ts';

/** Colour-blind-safe colours of the groups (Okabe–Ito). */
export const GROUP_COLORS: readonly string[] = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00'];

/** Which report a sentence comes from. */
export type Scope = 'national' | 'province';

/** The filters of the view, as the URL holds them. */
export interface DifficultyFilters {
  category: string | null;
  group: string | null;
  model: number | null;
  scope: Scope | null;
  /** Search text as typed (matched without accents, case or surrounding spaces). */
  q: string;
}

/** No filter at all. */
export const NO_FILTERS: DifficultyFilters = { category: null, group: null, model: null, scope: null, q: '' };

/** Reads the filters from URL parameters; values it does not know are ignored. */
export function parseDifficultyFilters(params: Readonly<Record<string, string | undefined>>): DifficultyFilters {
  const category = params.category && CATEGORY_IDS.includes(params.category) ? params.category : null;
  const group = params.group && isGroup(params.group) ? params.group : null;
  const no = params.model && /^\d+$/.test(params.model) ? Number(params.model) : NaN;
  const scope = params.scope === 'national' || params.scope === 'province' ? params.scope : null;
  return { category, group, model: isModelNo(no) ? no : null, scope, q: params.q ?? '' };
}

/** Folds text for searching: lower case, accents and tone marks dropped, đ read as d, spaces collapsed. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[đð]/g, 'd').normalize('NFD').replace(/\p{M}+/gu, '')
    .replace(/\s+/g, ' ').trim();
}

/** Whether a sentence passes the filters, leaving out those named in `except`. */
export function passes(row: DifficultySentenceRow, f: DifficultyFilters, except: readonly (keyof DifficultyFilters)[] = []): boolean {
  const on = (k: keyof DifficultyFilters): boolean => !except.includes(k);
  if (on('category') && f.category && !row.categories.includes(f.category)) return false;
  if (on('group') && f.group && row.group !== f.group) return false;
  if (on('model') && f.model !== null && row.modelNo !== f.model) return false;
  if (on('scope') && f.scope === 'national' && row.provinceCode) return false;
  if (on('scope') && f.scope === 'province' && !row.provinceCode) return false;
  const q = foldText(f.q);
  if (on('q') && q && !foldText(row.text).includes(q)) return false;
  return true;
}

/** The sentences that state a difficulty (everything the view counts), and apart those that report progress. */
export function byNature(rows: readonly DifficultySentenceRow[]): { difficulties: DifficultySentenceRow[]; progress: DifficultySentenceRow[] } {
  return { difficulties: rows.filter((r) => !reportsProgress(r)), progress: rows.filter(reportsProgress) };
}

/** The sentences that pass every filter. */
export const filterSentences = (rows: readonly DifficultySentenceRow[], f: DifficultyFilters): DifficultySentenceRow[] =>
  rows.filter((r) => passes(r, f));

/** A sentence's categories in display order. */
export const orderedCategories = (categories: readonly string[]): string[] =>
  [...categories].sort((a, b) => CATEGORY_IDS.indexOf(a) - CATEGORY_IDS.indexOf(b));

/** Sentences per category and group, over the sentences that pass every filter but the category. */
export function categoryCounts(rows: readonly DifficultySentenceRow[], f: DifficultyFilters): { id: string; count: number; byGroup: Record<string, number> }[] {
  const kept = rows.filter((r) => passes(r, f, ['category']));
  return CATEGORY_IDS.map((id) => {
    const byGroup: Record<string, number> = Object.fromEntries(GROUPS.map((g) => [g, 0]));
    let count = 0;
    for (const r of kept) {
      if (!r.categories.includes(id)) continue;
      count++;
      byGroup[r.group] = (byGroup[r.group] ?? 0) + 1;
    }
    return { id, count, byGroup };
  });
}

/** The words the charts need, in the UI language. */
export interface ChartLabels {
  category: (id: string) => string;
  group: (g: string) => string;
  sentences: (n: number) => string;
  model: (no: number) => string;
}

const FADED = 0.3;
const RICH = { sel: { fontWeight: 'bold', color: '#0b5cad' } };

/** A category's name as an axis label: wrapped to lines of `width` characters, in bold when selected (never cut). */
function categoryLabel(name: string, selected: boolean, width: number): string {
  return wrapText(name, width).map((line) => (selected ? `{sel|${line}}` : line)).join('\n');
}

/** The filters in force, each in words, for a picture's title: cause, group, model, report, search text. */
export function filterWords(f: DifficultyFilters, labels: ChartLabels & { scope: (s: Scope) => string }): string[] {
  const q = f.q.trim();
  return [f.category && labels.category(f.category), f.group && labels.group(f.group), f.model !== null && labels.model(f.model),
    f.scope && labels.scope(f.scope), q && `“${q}”`].filter((w): w is string => Boolean(w));
}

/** Sentences per category, a bar per category stacked by model group; other categories fade when one is selected. */
export function categoryChart(rows: readonly DifficultySentenceRow[], f: DifficultyFilters, labels: ChartLabels): ChartOption {
  const counts = categoryCounts(rows, f);
  return {
    color: [...GROUP_COLORS],
    legend: { top: 0, left: 0, selectedMode: false, data: GROUPS.map((g) => labels.group(g)) },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category', inverse: true, data: [...CATEGORY_IDS], triggerEvent: true,
      axisLabel: { formatter: (id: string) => categoryLabel(labels.category(id), id === f.category, 26), rich: RICH },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName?: string; data?: { categoryId?: string; value?: number } }) =>
        plainText(`${labels.category(p.data?.categoryId ?? '')}\n${p.seriesName ?? ''}: ${labels.sentences(p.data?.value ?? 0)}`),
    },
    series: [
      ...GROUPS.map((g) => ({
        type: 'bar', stack: 'sentences', name: labels.group(g), barMaxWidth: 30,
        data: counts.map((c) => ({
          value: c.byGroup[g] ?? 0, categoryId: c.id,
          itemStyle: { opacity: f.category && f.category !== c.id ? FADED : 1 },
        })),
      })),
      // An empty bar on top of each stack carries the stack's total as its label.
      {
        type: 'bar', stack: 'sentences', name: 'total', silent: true, tooltip: { show: false },
        data: counts.map((c) => ({ value: 0, categoryId: c.id })),
        label: { show: true, position: 'right', fontWeight: 'bold', formatter: (p: { dataIndex: number }) => String(counts[p.dataIndex]?.count ?? '') },
      },
    ],
    media: [{ query: { maxWidth: 520 }, option: { yAxis: { axisLabel: { formatter: (id: string) => categoryLabel(labels.category(id), id === f.category, 16) } } } }],
  };
}

/** One cell of the model × category matrix. */
export interface MatrixCell {
  modelNo: number;
  category: string;
  count: number;
}

/** Sentences per model and category (every model, every category, zeros included), over scope and search. */
export function matrixCells(rows: readonly DifficultySentenceRow[], models: readonly DifficultyModelRow[], f: DifficultyFilters): MatrixCell[] {
  const kept = rows.filter((r) => passes(r, f, ['category', 'group', 'model']));
  const n = new Map<string, number>();
  for (const r of kept) for (const c of r.categories) n.set(`${r.modelNo}|${c}`, (n.get(`${r.modelNo}|${c}`) ?? 0) + 1);
  return models.flatMap((m) => CATEGORY_IDS.map((category) => ({ modelNo: m.modelNo, category, count: n.get(`${m.modelNo}|${category}`) ?? 0 })));
}

/** The model × category heatmap: a row per model, a column per category; cells outside the selection fade. */
export function matrixChart(rows: readonly DifficultySentenceRow[], models: readonly DifficultyModelRow[], f: DifficultyFilters, labels: ChartLabels): ChartOption {
  const cells = matrixCells(rows, models, f);
  const max = Math.max(1, ...cells.map((c) => c.count));
  const groupOf = new Map(models.map((m) => [m.modelNo, m.group]));
  const selected = (c: MatrixCell): boolean =>
    (!f.category || c.category === f.category) && (f.model === null || c.modelNo === f.model) && (!f.group || groupOf.get(c.modelNo) === f.group);
  const anySelection = Boolean(f.category || f.group || f.model !== null);
  // A row is a line high, and the models' names run to 200 characters: the rows are labelled by
  // the model's number (as the overview's matrix is), its name is in the tooltip.
  const yLabel = (v: string): string => (Number(v) === f.model ? `{sel|${v}}` : v);
  const rich = RICH;
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category', position: 'top', data: [...CATEGORY_IDS], triggerEvent: true, splitArea: { show: true },
      axisLabel: { interval: 0, rotate: 40, formatter: (id: string) => categoryLabel(labels.category(id), id === f.category, 22), rich },
    },
    yAxis: {
      type: 'category', inverse: true, data: models.map((m) => String(m.modelNo)), triggerEvent: true,
      axisLabel: { interval: 0, formatter: yLabel, rich },
    },
    visualMap: {
      min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160,
      text: [String(max), '0'], inRange: { color: ['#f4f6f8', '#9ecae1', '#08519c'] },
    },
    tooltip: {
      trigger: 'item',
      // The model's name comes from the data.
      formatter: (p: { data?: { modelNo?: number; categoryId?: string; value?: number[] } }) =>
        plainText(`${labels.model(p.data?.modelNo ?? 0)}\n${labels.category(p.data?.categoryId ?? '')}: ${labels.sentences(p.data?.value?.[2] ?? 0)}`),
    },
    series: [{
      type: 'heatmap',
      data: cells.map((c) => ({
        value: [CATEGORY_IDS.indexOf(c.category), models.findIndex((m) => m.modelNo === c.modelNo), c.count],
        modelNo: c.modelNo, categoryId: c.category,
        itemStyle: { opacity: anySelection && !selected(c) ? FADED : 1, ...(f.model === c.modelNo && f.category === c.category ? { borderColor: '#111', borderWidth: 2 } : {}) },
      })),
      label: { show: true, formatter: (p: { data?: { value?: number[] } }) => (p.data?.value?.[2] ? String(p.data.value[2]) : '') },
      itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1.5 } },
    }],
    media: [{
      query: { maxWidth: 560 },
      option: {
        xAxis: { axisLabel: { rotate: 90, formatter: (id: string) => categoryLabel(labels.category(id), id === f.category, 16) } },
      },
    }],
  };
}

/** The URL changes a click on the bar chart asks for: toggles the category of the bar or axis label clicked. */
export function categoryClick(e: ChartClick, f: DifficultyFilters): Record<string, string | undefined> | null {
  const id = e.componentType === 'yAxis' ? String(e.value ?? '') : (e.data as { categoryId?: string } | undefined)?.categoryId;
  if (!id || !CATEGORY_IDS.includes(id)) return null;
  return { category: id === f.category ? undefined : id };
}

/** The URL changes a click on the matrix asks for: a cell selects its model and category (again: clears them); a label selects its row or column. */
export function matrixClick(e: ChartClick, f: DifficultyFilters): Record<string, string | undefined> | null {
  if (e.componentType === 'xAxis') {
    const id = String(e.value ?? '');
    return CATEGORY_IDS.includes(id) ? { category: id === f.category ? undefined : id } : null;
  }
  if (e.componentType === 'yAxis') {
    const no = Number(e.value);
    return Number.isInteger(no) && no > 0 ? { model: no === f.model ? undefined : String(no) } : null;
  }
  const d = e.data as { modelNo?: number; categoryId?: string } | undefined;
  if (!d?.modelNo || !d.categoryId) return null;
  const same = d.modelNo === f.model && d.categoryId === f.category;
  return same ? { model: undefined, category: undefined } : { model: String(d.modelNo), category: d.categoryId };
}

/** The download of the sentences: one row per sentence, its causes (ids) joined by "; ", and whether it reports progress rather than a difficulty. */
export const SENTENCE_DOWNLOAD = downloadOf(
  'difficulty_id', 'model_no', 'group', 'model_name_vi', 'model_name_en', 'province_code', 'province_name', 'categories', 'text', 'source', 'nature',
);

/** The CSV rows of the sentences shown: one per sentence, categories (ids) joined by "; ". */
export const sentenceCsvRows = (rows: readonly DifficultySentenceRow[]): DownloadRow[] => rows.map((r) => ({
  difficulty_id: r.difficultyId, model_no: r.modelNo, group: r.group, model_name_vi: r.modelVi, model_name_en: r.modelEn,
  province_code: r.provinceCode, province_name: r.provinceVi, categories: orderedCategories(r.categories).join('; '), text: r.text, source: r.source,
  nature: reportsProgress(r) ? 'progress' : 'difficulty',
}));

/** A group's Vietnamese name as a heading, not in capitals: "NHÓM TIỆN ÍCH … TTHC" → "Tiện ích … TTHC" (see lib/sentence-case.ts). */
export const groupTitleVi = groupName;
