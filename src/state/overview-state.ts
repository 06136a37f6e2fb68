/** Pure derivations of the overview: the group filter, map classes, and the ECharts options. */
import type { ChartClick } from '../charts/EChart.tsx';
import type { ChartOption } from '../charts/chart-settings.ts';
import { axisTooltip, plainText } from '../charts/tooltip-text.ts';
import type { CoverageByModelRow, MatrixCellRow, ModelsByProvinceRow } from '../data/queries/overview.ts';
import { charsPerLine, lineRows } from '../charts/wrap.ts';
import { collator, formatNumber, type Lang } from '../i18n/i18n.ts';
import { competitionRanks, rankText } from '../lib/ranking.ts';
import { STATUS_COLORS, classOf, countClasses } from '../map/choropleth.ts';
import type { ProvinceFill, ProvinceTip } from '../map/fill.ts';
import type { MapLevel } from '../map/geo-data.ts';
import { MAP_MESSAGES } from '../map/messages.ts';
import { rowNames, shapeTip, type TipParts } from '../map/tips.ts';
import { unitValues } from '../map/units.ts';
import { GROUPS, PROVINCE_COUNT } from '../domain/rollout.ts';

// Stripes for "unknown", so it never relies on colour alone.
const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: '#ffffff' };

/** The five groups. */
export { GROUPS } from '../domain/rollout.ts';

/** The selected groups from the URL parameter (`groups=I,III`); unknown values are ignored, empty = all. */
export function parseGroups(param: string | undefined): string[] {
  const chosen = new Set((param ?? '').split(',').map((g) => g.trim().toUpperCase()));
  return GROUPS.filter((g) => chosen.has(g));
}

/** The URL parameter for a set of groups (undefined when all or none are chosen). */
export function groupsParam(groups: readonly string[]): string | undefined {
  const sorted = GROUPS.filter((g) => groups.includes(g));
  return sorted.length === 0 || sorted.length === GROUPS.length ? undefined : sorted.join(',');
}

/** Map fills: each province coloured by the class of its number of models deployed. */
export function deployedFills(rows: readonly ModelsByProvinceRow[]): { fills: Map<string, ProvinceFill>; classes: ReturnType<typeof countClasses> } {
  const max = Math.max(0, ...rows.map((r) => r.models));
  const classes = countClasses(max);
  return { classes, fills: new Map(rows.map((r) => { const c = classOf(classes, r.deployed); return [r.provinceCode, { status: c.id, color: c.color }]; })) };
}

/**
 * The same map for the 34 units of 2025: each unit coloured by the class of its former provinces'
 * mean number of models deployed (rounded), on the same scale as the 63.
 */
export function unitDeployedFills(rows: readonly ModelsByProvinceRow[]): Map<string, ProvinceFill> {
  const classes = countClasses(Math.max(0, ...rows.map((r) => r.models)));
  return new Map(unitValues(new Map(rows.map((r) => [r.provinceCode, r.deployed])))
    .map((u) => { const c = classOf(classes, Math.round(u.mean)); return [u.unit.code, { status: c.id, color: c.color }]; }));
}

/** The overview map's tooltips: a province's models deployed (and not reported); a unit's mean and each former province's count. */
export function deployedTip(rows: readonly ModelsByProvinceRow[], level: MapLevel, lang: Lang): (code: string) => ProvinceTip {
  const text = MAP_MESSAGES[lang];
  const n = (x: number, digits = 0): string => formatNumber(lang, x, digits);
  const byCode = new Map(rows.map((r) => [r.provinceCode, r]));
  const means = new Map(unitValues(new Map(rows.map((r) => [r.provinceCode, r.deployed]))).map((u) => [u.unit.code, u.mean]));
  const deployed = (r: ModelsByProvinceRow): string => text.modelsDeployed(n(r.deployed), n(r.models));
  const parts: TipParts = {
    name: rowNames(rows, lang),
    lines: (c) => { const r = byCode.get(c); return r ? [deployed(r), ...(r.unknown ? [text.modelsUnknown(n(r.unknown))] : [])] : []; },
    member: (c) => { const r = byCode.get(c); return r ? deployed(r) : ''; },
    unit: (c, members) => { const mean = means.get(c); return members.length > 1 && mean !== undefined ? [text.unitMean(n(mean, 1))] : []; },
    membersHeading: text.unitMembers,
  };
  return (code) => shapeTip(code, level, lang, parts);
}

const nameOf = (lang: Lang, r: { nameVi: string; nameEn: string }): string => (lang === 'en' ? r.nameEn : r.nameVi);

/** The provinces in the ranking's order: most models deployed first, then by name in the language. */
export function rankedProvinces(rows: readonly ModelsByProvinceRow[], lang: Lang): ModelsByProvinceRow[] {
  const c = collator(lang);
  return [...rows].sort((a, b) => b.deployed - a.deployed || c.compare(nameOf(lang, a), nameOf(lang, b)));
}

const rankedByName = (rows: readonly ModelsByProvinceRow[], lang: Lang) => {
  const c = collator(lang);
  return competitionRanks([...rows].sort((a, b) => c.compare(nameOf(lang, a), nameOf(lang, b))), (r) => r.deployed);
};

/** The ranking's label of each province, by code: its shared rank and its name ("2–3 Bình Định"); an unknown code stays itself. */
export function rankingLabel(rows: readonly ModelsByProvinceRow[], lang: Lang): (code: string) => string {
  const labels = new Map(rankedByName(rows, lang).map((r) => [r.item.provinceCode, `${rankText(r.rank, r.last)} ${nameOf(lang, r.item)}`]));
  return (code) => labels.get(code) ?? code;
}

/**
 * Columns of the 63 provinces, most models first, each labelled with its shared rank ("28–32 Bình Định":
 * a tie fills those places, in alphabetical order within it); unknowns stacked on top of the deployed.
 * The categories are the provinces' codes, labelled by `rankingLabel`.
 */
export function rankingChart(rows: readonly ModelsByProvinceRow[], lang: Lang, labels: { deployed: string; unknown: string }): ChartOption {
  const sorted = rankedByName(rows, lang).map((r) => r.item);
  const label = rankingLabel(rows, lang);
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.deployed, labels.unknown] },
    yAxis: { type: 'value', minInterval: 1 },
    xAxis: { type: 'category', data: sorted.map((r) => r.provinceCode), axisLabel: { interval: 0, rotate: 55, formatter: (code: string) => label(code) }, triggerEvent: true },
    tooltip: axisTooltip(label),
    series: [
      { name: labels.deployed, type: 'bar', stack: 'n', barMaxWidth: 22, itemStyle: { color: STATUS_COLORS.deployed },
        data: sorted.map((r) => ({ value: r.deployed, provinceCode: r.provinceCode })), label: { show: true, position: 'insideTop', color: '#fff', fontSize: '0.7em' } },
      { name: labels.unknown, type: 'bar', stack: 'n', barMaxWidth: 22, itemStyle: { color: STATUS_COLORS.unknown, decal: HATCH },
        data: sorted.map((r) => ({ value: r.unknown, provinceCode: r.provinceCode })) },
    ],
  };
}

/** Where a click on the ranking leads: a column or a province's label opens the province. */
export function rankingClick(e: ChartClick): string | null {
  const code = e.componentType === 'series' ? (e.data as { provinceCode?: string } | undefined)?.provinceCode
    : e.componentType === 'xAxis' ? String(e.value ?? '') : undefined;
  return code ? `/province/${code}` : null;
}

/** The box a chart is drawn in: its width and the size of its text, both in pixels. */
export interface ChartBox { width: number; fontPx: number }

/** Below this width a chart's labels go above their bars, across the whole width (a phone). */
const NARROW = 640;

/**
 * Stacked bars per model: deployed, not deployed, unknown; models grouped by group. Each model's
 * label is its whole name, wrapped to the box: a line per category of the axis, the bar on the
 * first line (on a narrow box, on a line of its own under the name), so a row is as tall as its
 * name. A line's category is its model's number (`13`), or that number and the line (`13.1`,
 * `13.bar`): the formatter gives its text. Returns the option and the height the chart needs.
 */
export function coverageChart(rows: readonly CoverageByModelRow[], lang: Lang, labels: { deployed: string; notDeployed: string; unknown: string },
  box: ChartBox): { option: ChartOption; height: number } {
  const narrow = box.width < NARROW;
  const gutter = narrow ? 0 : Math.round(box.width * 0.5);
  const layout = lineRows(rows.map((r) => `${r.group} · ${r.modelNo}. ${nameOf(lang, r)}`),
    charsPerLine(narrow ? box.width - 24 : gutter - 16, box.fontPx), narrow ? 'after' : 'first', rows.map((r) => String(r.modelNo)));
  const series = (key: 'deployed' | 'notDeployed' | 'unknown', label: string, color: string, decal?: object) => ({
    name: label, type: 'bar', stack: 'c', barMaxWidth: 16, itemStyle: { color, ...(decal ? { decal } : {}) },
    data: layout.categories.map((c) => {
      const r = layout.bar.get(c);
      const row = r === undefined ? undefined : rows[r];
      return row ? { value: row[key], modelNo: row.modelNo } : '-';
    }),
  });
  const rowOf = (c: string): CoverageByModelRow | undefined => rows[layout.row.get(c) ?? -1];
  const line = Math.round(box.fontPx * 1.35);
  const top = narrow ? box.fontPx * 4 + 12 : box.fontPx * 2 + 8;
  const bottom = box.fontPx * 2 + 8;
  const option: ChartOption = {
    grid: { left: gutter + 8, right: 16, top, bottom, containLabel: false },
    legend: { top: 0, textStyle: { fontSize: box.fontPx }, ...(narrow ? { itemGap: 6 } : {}) },
    xAxis: { type: 'value', max: PROVINCE_COUNT, minInterval: 1, axisLabel: { fontSize: box.fontPx } },
    yAxis: {
      type: 'category', inverse: true, data: layout.categories, triggerEvent: true, axisTick: { show: false },
      // The labels' size is set, not inherited: the lines were counted for it.
      axisLabel: { interval: 0, fontSize: box.fontPx, formatter: (c: string) => layout.text.get(c) ?? '', ...(narrow ? { inside: true } : { align: 'left', margin: gutter }) },
    },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      formatter: (ps: { axisValue?: string }[]) => {
        const r = rowOf(ps[0]?.axisValue ?? '');
        return r ? plainText(`${r.group} · ${r.modelNo}. ${nameOf(lang, r)}\n${labels.deployed}: ${r.deployed}\n${labels.notDeployed}: ${r.notDeployed}\n${labels.unknown}: ${r.unknown}`) : '';
      },
    },
    series: [
      series('deployed', labels.deployed, STATUS_COLORS.deployed),
      series('notDeployed', labels.notDeployed, STATUS_COLORS.not_deployed),
      series('unknown', labels.unknown, STATUS_COLORS.unknown, HATCH),
    ],
  };
  return { option, height: layout.categories.length * line + top + bottom };
}

/** A model number from the start of a category id (`13`, `13.1`, `13.bar`), or null. */
const modelNoOf = (id: unknown): number | null => {
  const no = /^(\d+)(\.|$)/.exec(String(id ?? ''))?.[1];
  return no === undefined ? null : Number(no);
};

/** Where a click on the coverage chart leads: a bar or any line of a model's label opens the model. */
export function coverageClick(e: ChartClick): string | null {
  const no = e.componentType === 'series' ? (e.data as { modelNo?: number } | undefined)?.modelNo
    : e.componentType === 'yAxis' ? modelNoOf(e.value) : null;
  return no ? `/model/${no}` : null;
}

/** How the matrix orders its provinces and models. */
export interface MatrixOrder {
  provinces: 'region' | 'name' | 'deployed';
  models: 'number' | 'coverage';
}

const STATUS_INDEX: Record<string, number> = { deployed: 2, not_deployed: 1, unknown: 0 };

/** The 44 × 63 heat map of statuses (provinces across, models down): the categories are province codes and model numbers, the labels names and numbers. */
export function matrixChart(
  cells: readonly MatrixCellRow[], provinces: readonly ModelsByProvinceRow[], models: readonly CoverageByModelRow[],
  order: MatrixOrder, lang: Lang, labels: { deployed: string; notDeployed: string; unknown: string },
  tip: (modelNo: number, provinceCode: string, status: string) => string,
): { option: ChartOption; provinceOrder: string[]; modelOrder: number[] } {
  const c = collator(lang);
  const regionRank = ['northern_midlands', 'red_river_delta', 'central_coast', 'central_highlands', 'southeast', 'mekong_delta'];
  const p = [...provinces].sort(order.provinces === 'name' ? (a, b) => c.compare(nameOf(lang, a), nameOf(lang, b))
    : order.provinces === 'deployed' ? (a, b) => b.deployed - a.deployed || a.gsoCode.localeCompare(b.gsoCode)
      : (a, b) => regionRank.indexOf(a.region) - regionRank.indexOf(b.region) || a.gsoCode.localeCompare(b.gsoCode));
  const m = [...models].sort(order.models === 'coverage' ? (a, b) => b.deployed - a.deployed || a.modelNo - b.modelNo : (a, b) => a.modelNo - b.modelNo);
  const names = new Map(p.map((r) => [r.provinceCode, nameOf(lang, r)]));
  const px = new Map(p.map((r, i) => [r.provinceCode, i]));
  const my = new Map(m.map((r, i) => [r.modelNo, i]));
  const data = cells.flatMap((cell) => {
    const x = px.get(cell.provinceCode);
    const y = my.get(cell.modelNo);
    return x === undefined || y === undefined ? [] : [{ value: [x, y, STATUS_INDEX[cell.status] ?? 0], modelNo: cell.modelNo, provinceCode: cell.provinceCode, status: cell.status }];
  });
  const option: ChartOption = {
    grid: { left: 8, right: 8, top: 8, bottom: 60, containLabel: true },
    xAxis: {
      type: 'category', data: p.map((r) => r.provinceCode), triggerEvent: true, splitArea: { show: false },
      axisLabel: { interval: 0, rotate: 60, fontSize: '0.7em', formatter: (code: string) => names.get(code) ?? code },
    },
    yAxis: { type: 'category', inverse: true, data: m.map((r) => String(r.modelNo)), axisLabel: { interval: 0 }, triggerEvent: true },
    visualMap: {
      type: 'piecewise', show: true, orient: 'horizontal', left: 'center', bottom: 0, dimension: 2,
      pieces: [
        { value: 2, label: labels.deployed, color: STATUS_COLORS.deployed },
        { value: 1, label: labels.notDeployed, color: STATUS_COLORS.not_deployed },
        { value: 0, label: labels.unknown, color: STATUS_COLORS.unknown },
      ],
    },
    tooltip: { trigger: 'item', formatter: (e: { data?: { modelNo: number; provinceCode: string; status: string } }) => (e.data ? plainText(tip(e.data.modelNo, e.data.provinceCode, e.data.status)) : '') },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#ffffff', borderWidth: 0.5 }, emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1.5 } } }],
  };
  return { option, provinceOrder: p.map((r) => r.provinceCode), modelOrder: m.map((r) => r.modelNo) };
}

/** Where a click on the matrix leads: a cell or a model's number opens the model, a province's name the province. */
export function matrixClick(e: ChartClick): string | null {
  if (e.componentType === 'xAxis') return e.value ? `/province/${String(e.value)}` : null;
  const no = e.componentType === 'yAxis' ? modelNoOf(e.value) : e.componentType === 'series' ? (e.data as { modelNo?: number } | undefined)?.modelNo : null;
  return no ? `/model/${no}` : null;
}
