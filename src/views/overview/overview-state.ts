/** Pure derivations of the overview: the group filter, map classes, and the ECharts options. */
import type { ChartOption } from '../../charts/echarts.ts';
import type { CoverageByModelRow, MatrixCellRow, ModelsByProvinceRow } from '../../data/queries/overview.ts';
import { collator, type Lang } from '../../i18n/i18n.ts';
import { competitionRanks, rankText } from '../../lib/ranking.ts';
import { STATUS_COLORS, classOf, countClasses } from '../../map/choropleth.ts';
import type { ProvinceFill } from '../../map/ProvinceMap.tsx';
import { unitValues } from '../../map/units.ts';

// Stripes for "unknown", so it never relies on colour alone.
const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4, color: '#ffffff' };

/** The five groups. */
export const GROUPS = ['I', 'II', 'III', 'IV', 'V'] as const;

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

const nameOf = (lang: Lang, r: { nameVi: string; nameEn: string }): string => (lang === 'en' ? r.nameEn : r.nameVi);

/**
 * Columns of the 63 provinces, most models first, each labelled with its shared rank ("28–32 Bình Định":
 * a tie fills those places, in alphabetical order within it); unknowns stacked on top of the deployed.
 */
export function rankingChart(rows: readonly ModelsByProvinceRow[], lang: Lang, labels: { deployed: string; unknown: string }): ChartOption {
  const c = collator(lang);
  const ranked = competitionRanks([...rows].sort((a, b) => c.compare(nameOf(lang, a), nameOf(lang, b))), (r) => r.deployed);
  const sorted = ranked.map((r) => r.item);
  return {
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.deployed, labels.unknown] },
    yAxis: { type: 'value', minInterval: 1 },
    xAxis: { type: 'category', data: ranked.map((r) => `${rankText(r.rank, r.last)} ${nameOf(lang, r.item)}`), axisLabel: { interval: 0, rotate: 55 }, triggerEvent: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    series: [
      { name: labels.deployed, type: 'bar', stack: 'n', barMaxWidth: 22, itemStyle: { color: STATUS_COLORS.deployed },
        data: sorted.map((r) => ({ value: r.deployed, provinceCode: r.provinceCode })), label: { show: true, position: 'insideTop', color: '#fff', fontSize: '0.7em' } },
      { name: labels.unknown, type: 'bar', stack: 'n', barMaxWidth: 22, itemStyle: { color: STATUS_COLORS.unknown, decal: HATCH },
        data: sorted.map((r) => ({ value: r.unknown, provinceCode: r.provinceCode })) },
    ],
  };
}

/** Stacked bars per model: deployed, not deployed, unknown; models grouped by group. */
export function coverageChart(rows: readonly CoverageByModelRow[], lang: Lang, labels: { deployed: string; notDeployed: string; unknown: string; model: (no: number) => string }): ChartOption {
  const name = (r: CoverageByModelRow): string => `${r.modelNo}. ${nameOf(lang, r)}`;
  const series = (key: 'deployed' | 'notDeployed' | 'unknown', label: string, color: string, decal?: object) => ({
    name: label, type: 'bar', stack: 'c', barMaxWidth: 16, itemStyle: { color, ...(decal ? { decal } : {}) },
    data: rows.map((r) => ({ value: r[key], modelNo: r.modelNo })),
  });
  // Labels are clipped by length, not by measured width: measuring 44 labels letter by letter
  // made this one chart a 200 ms task on a wall PC. The full name is in the tooltip.
  const clip = (n: number) => (v: string): string => (v.length > n ? `${v.slice(0, n - 1)}…` : v);
  return {
    baseOption: {
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0 },
      xAxis: { type: 'value', max: 63, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => `${r.group} · ${name(r)}`), triggerEvent: true,
        axisLabel: { interval: 0, formatter: clip(52) } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: [
        series('deployed', labels.deployed, STATUS_COLORS.deployed),
        series('notDeployed', labels.notDeployed, STATUS_COLORS.not_deployed),
        series('unknown', labels.unknown, STATUS_COLORS.unknown, HATCH),
      ],
    },
    // On a phone the chart is narrow: shorter labels leave room for the bars.
    media: [{ query: { maxWidth: 640 }, option: { legend: { top: 0, itemGap: 6 }, grid: { top: 52 }, yAxis: { axisLabel: { formatter: clip(20) } } } }],
  };
}

/** Text for a rich-text tooltip: braces (its style syntax) replaced, so data cannot style it. */
export const plainText = (s: string): string => s.replace(/[{}]/g, (b) => (b === '{' ? '（' : '）'));

/** How the matrix orders its provinces and models. */
export interface MatrixOrder {
  provinces: 'region' | 'name' | 'deployed';
  models: 'number' | 'coverage';
}

const STATUS_INDEX: Record<string, number> = { deployed: 2, not_deployed: 1, unknown: 0 };

/** The 44 × 63 heat map of statuses (provinces across, models down). */
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
  const px = new Map(p.map((r, i) => [r.provinceCode, i]));
  const my = new Map(m.map((r, i) => [r.modelNo, i]));
  const data = cells.flatMap((cell) => {
    const x = px.get(cell.provinceCode);
    const y = my.get(cell.modelNo);
    return x === undefined || y === undefined ? [] : [{ value: [x, y, STATUS_INDEX[cell.status] ?? 0], modelNo: cell.modelNo, provinceCode: cell.provinceCode, status: cell.status }];
  });
  const option: ChartOption = {
    grid: { left: 8, right: 8, top: 8, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: p.map((r) => nameOf(lang, r)), axisLabel: { interval: 0, rotate: 60, fontSize: '0.7em' }, triggerEvent: true, splitArea: { show: false } },
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
