/** Pure options of the wall's chart scenes, and the province scene's map. */
import type { ModelsByProvinceRow } from '../../../data/queries/overview.ts';
import type { CategoryCountRow } from '../../../data/queries/wall.ts';
import { PROVINCES } from '../../../domain/provinces.ts';
import { categoryLabel } from '../../../i18n/common.ts';
import type { Lang } from '../../../i18n/i18n.ts';
import { STATUS_COLORS_DARK } from '../../../map/choropleth.ts';
import type { ProvinceFill } from '../../../map/fill.ts';
import type { MapLevel } from '../../../map/geo-data.ts';
import { UNIT_MEMBERS, unitOf } from '../../../map/units.ts';
import { rankingChart, rankingLabel } from '../../../state/overview-state.ts';
import { round1, type Comparison } from '../../../state/province-state.ts';
import { darkChart, WALL_CHART, wallLabel } from './scene-data.ts';

/** The overview's ranking of the 63 provinces, dark, its labels (rank and name, by code) clipped for the wall. */
export function rankingSceneChart(rows: readonly ModelsByProvinceRow[], lang: Lang, labels: { deployed: string; unknown: string }): Record<string, unknown> {
  const o = rankingChart(rows, lang, labels) as Record<string, unknown>;
  const label = rankingLabel(rows, lang);
  const series = (o.series as Record<string, unknown>[]).map((s, i) => ({ ...s, itemStyle: { ...(s.itemStyle as object), color: i === 0 ? STATUS_COLORS_DARK.deployed : STATUS_COLORS_DARK.unknown } }));
  const xAxis = o.xAxis as Record<string, unknown>;
  const axisLabel = { ...(xAxis.axisLabel as object), formatter: (code: string) => wallLabel(label(code)) };
  return darkChart({ ...o, series, xAxis: { ...xAxis, axisLabel } }, 0.016);
}

/** Difficulty sentences per cause, all models, most first: the causes' ids on the axis, labelled in the language. */
export function difficultiesSceneChart(rows: readonly CategoryCountRow[], lang: Lang): Record<string, unknown> {
  return darkChart({
    grid: { left: 8, right: 60, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.category), axisLabel: { formatter: (id: string) => categoryLabel(lang, id) } },
    series: [{ type: 'bar', barMaxWidth: 48, itemStyle: { color: STATUS_COLORS_DARK.deployed }, label: { show: true, position: 'right', color: WALL_CHART.text },
      data: rows.map((r) => r.sentences) }],
  }, 0.026);
}

/** A province scene's map: the province (or, on the 34-unit map, its unit) lit, every other shape dark. */
export function provinceSceneFills(code: string, level: MapLevel): Map<string, ProvinceFill> {
  const mine = level === 'unit' ? unitOf(code) : code;
  const codes = level === 'unit' ? [...UNIT_MEMBERS.keys()] : PROVINCES.map((p) => p.code);
  return new Map(codes.map((c) => [c, c === mine ? { status: 'selected', color: STATUS_COLORS_DARK.deployed } : { status: 'other', color: WALL_CHART.background }]));
}

/** A province scene's chart: its models deployed per group beside the national average; the groups' ids on the axis. */
export function provinceSceneChart(cmp: Comparison, labels: { province: string; national: string }): Record<string, unknown> {
  const models = new Map(cmp.groups.map((g) => [g.group, g.models]));
  return darkChart({
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: 'category', data: cmp.groups.map((g) => g.group), axisLabel: { formatter: (id: string) => `${id} (${models.get(id) ?? 0})` } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.province, type: 'bar', itemStyle: { color: STATUS_COLORS_DARK.deployed }, label: { show: true, position: 'top', color: WALL_CHART.text }, data: cmp.groups.map((g) => g.province) },
      { name: labels.national, type: 'bar', itemStyle: { color: WALL_CHART.reference }, data: cmp.groups.map((g) => round1(g.national)) },
    ],
  });
}
