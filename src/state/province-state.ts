/** Pure derivations of the province view: rank with ties, averages by group, the comparison chart, map fills, filters. */
import type { ChartClick } from '../charts/EChart.tsx';
import type { ChartOption } from '../charts/chart-settings.ts';
import { axisTooltip } from '../charts/tooltip-text.ts';
import type { GroupCountRow, HanoiModelRow, ProvinceModelRow, ProvinceReportModelRow } from '../data/queries/province.ts';
import { downloadOf } from '../lib/download-columns.ts';
import type { DownloadRow, DownloadTable } from '../lib/download-table.ts';
import type { ProvinceListRow } from '../data/queries/catalogue.ts';
import { formatNumber, type Lang } from '../i18n/i18n.ts';
import type { ProvinceFill, ProvinceTip } from '../map/fill.ts';
import type { MapLevel } from '../map/geo-data.ts';
import { MAP_MESSAGES } from '../map/messages.ts';
import { rowNames, shapeTip, type TipParts } from '../map/tips.ts';
import { compareStatuses, OWN_STATUSES } from '../domain/status-agreement.ts';
import { competitionRanks } from '../lib/ranking.ts';
import { UNIT_MEMBERS, unitOf } from '../map/units.ts';
import { GROUPS } from '../domain/rollout.ts';

/** The five groups of models, in order. */
export { GROUPS } from '../domain/rollout.ts';

/** Hà Nội's code: `hanoi_models` are its own models. */
export const HANOI = 'VN-HN';

/** A value of a URL parameter if it is one of `allowed`, else null (a hand-edited link never breaks the view). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A place in a ranking: `first`–`last` of `of` (first = last unless tied); `tied` provinces share it. */
export interface Rank {
  first: number;
  last: number;
  of: number;
  tied: number;
}

/** Rank of `code` by models deployed, most first; provinces with the same count share a range of places. */
export function rankOf(rows: readonly { provinceCode: string; deployed: number }[], code: string): Rank | null {
  const me = competitionRanks(rows, (r) => r.deployed).find((r) => r.item.provinceCode === code);
  return me ? { first: me.rank, last: me.last, of: rows.length, tied: me.tied } : null;
}

/** Rank of `code` by models deployed over all groups, from the counts per province and group. */
export function rankFromGroups(rows: readonly GroupCountRow[], code: string): Rank | null {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.provinceCode, (totals.get(r.provinceCode) ?? 0) + r.deployed);
  return rankOf([...totals].map(([provinceCode, deployed]) => ({ provinceCode, deployed })), code);
}

/** Models deployed in one group: the province, its region's average, the national average. */
export interface GroupComparison {
  group: string;
  models: number;
  province: number;
  region: number;
  national: number;
}

/** The province beside its region and the country, per group and in total. */
export interface Comparison {
  groups: GroupComparison[];
  total: GroupComparison;
  /** Provinces in the region (the province included) and in the country. */
  regionSize: number;
  nationalSize: number;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Averages of models deployed per province, over the province's region (itself included) and over all provinces. */
export function compare(rows: readonly GroupCountRow[], code: string): Comparison | null {
  const region = rows.find((r) => r.provinceCode === code)?.region;
  if (region === undefined) return null;
  const provinces = new Set(rows.map((r) => r.provinceCode));
  const regionProvinces = new Set(rows.filter((r) => r.region === region).map((r) => r.provinceCode));
  const sumBy = (keep: (r: GroupCountRow) => boolean): Map<string, number> => {
    const sums = new Map<string, number>();
    for (const r of rows) if (keep(r)) sums.set(r.provinceCode, (sums.get(r.provinceCode) ?? 0) + r.deployed);
    return sums;
  };
  const line = (group: string, keep: (r: GroupCountRow) => boolean): GroupComparison => {
    const national = sumBy(keep);
    const all = [...provinces].map((p) => national.get(p) ?? 0);
    const inRegion = [...regionProvinces].map((p) => national.get(p) ?? 0);
    const models = rows.filter((r) => r.provinceCode === code && keep(r)).reduce((s, r) => s + r.models, 0);
    return { group, models, province: national.get(code) ?? 0, region: mean(inRegion), national: mean(all) };
  };
  const present = GROUPS.filter((g) => rows.some((r) => r.group === g));
  return {
    groups: present.map((g) => line(g, (r) => r.group === g)),
    total: line('', () => true),
    regionSize: regionProvinces.size,
    nationalSize: provinces.size,
  };
}

/** A value to one decimal, as the comparison charts show averages. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Colours of the comparison (the province strong, its region mid, the country light) — also the map's classes. */
export const COMPARISON_COLORS = { selected: '#08519c', same_region: '#6baed6', other: '#d4dde6' } as const;

/** The national average's bar: darker than the map's light grey, so it reads on white. */
export const NATIONAL_BAR = '#8d99a6';

/** Labels the chart needs, in the page's language. */
export interface ComparisonLabels {
  province: string;
  region: string;
  national: string;
  /** Axis label of a group ("II (18)": the group and how many models it has). */
  group: (group: string, models: number) => string;
}

/**
 * The grouped bar chart: models deployed per group, the province vs its region's and the country's average.
 * Other groups dim when one is selected. `fontSize` follows the page's type scale, so a wall screen reads it from afar.
 * The categories are the groups' ids, labelled by `labels.group`.
 */
export function comparisonChart(cmp: Comparison, labels: ComparisonLabels, selected: string | null, fontSize = 12): ChartOption {
  const byGroup = new Map(cmp.groups.map((g) => [g.group, g]));
  const label = (id: string): string => { const g = byGroup.get(id); return g ? labels.group(g.group, g.models) : id; };
  const series = (name: string, color: string, value: (g: GroupComparison) => number, showLabel: boolean) => ({
    type: 'bar',
    name,
    itemStyle: { color },
    barMaxWidth: 36,
    label: { show: showLabel, position: 'top', fontSize },
    data: cmp.groups.map((g) => ({
      value: round1(value(g)),
      groupId: g.group,
      itemStyle: { color, opacity: selected && selected !== g.group ? 0.3 : 1 },
    })),
  });
  return {
    grid: { left: 8, right: 8, top: Math.round(fontSize * 4.5), bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 12, textStyle: { fontSize } },
    tooltip: axisTooltip(label),
    xAxis: { type: 'category', data: cmp.groups.map((g) => g.group), triggerEvent: true, axisLabel: { interval: 0, fontSize, formatter: (id: string) => label(id) } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize } },
    series: [
      series(labels.province, COMPARISON_COLORS.selected, (g) => g.province, true),
      series(labels.region, COMPARISON_COLORS.same_region, (g) => g.region, false),
      series(labels.national, NATIONAL_BAR, (g) => g.national, false),
    ],
  };
}

/** The URL changes a click on the comparison chart asks for: a bar or a group's label selects its group (again: clears it). */
export function comparisonClick(e: ChartClick, cmp: Comparison, selected: string | null): Record<string, string | undefined> | null {
  const id = e.componentType === 'series' ? (e.data as { groupId?: string } | undefined)?.groupId
    : e.componentType === 'xAxis' ? String(e.value ?? '') : undefined;
  if (!id || !cmp.groups.some((g) => g.group === id)) return null;
  return { group: id === selected ? undefined : id };
}

/** The map classes: the province, the other provinces of its region, the rest. */
export type MapClass = keyof typeof COMPARISON_COLORS;

/** Map fills: the province strong, same-region provinces mid, the others light; `status` is the class. */
export function regionFills(rows: readonly { provinceCode: string; region: string }[], code: string): Map<string, ProvinceFill> {
  const region = rows.find((r) => r.provinceCode === code)?.region;
  return new Map(rows.map((r) => {
    const cls: MapClass = r.provinceCode === code ? 'selected' : region !== undefined && r.region === region ? 'same_region' : 'other';
    return [r.provinceCode, { status: cls, color: COMPARISON_COLORS[cls] }];
  }));
}

/** The same on the map of the 34 units of 2025: the province's unit, units with a member in its region, the rest. */
export function unitRegionFills(rows: readonly { provinceCode: string; region: string }[], code: string): Map<string, ProvinceFill> {
  const regionOf = new Map(rows.map((r) => [r.provinceCode, r.region]));
  const region = regionOf.get(code);
  const mine = unitOf(code);
  return new Map([...UNIT_MEMBERS].map(([unit, members]) => {
    const cls: MapClass = unit === mine ? 'selected' : region !== undefined && members.some((c) => regionOf.get(c) === region) ? 'same_region' : 'other';
    return [unit, { status: cls, color: COMPARISON_COLORS[cls] }];
  }));
}

/** The province map's tooltips, on its page and its brief: a province's region and models deployed; a unit's former provinces with theirs. */
export function comparisonTip(rows: readonly ProvinceListRow[], models: number, level: MapLevel, lang: Lang): (code: string) => ProvinceTip {
  const text = MAP_MESSAGES[lang];
  const byCode = new Map(rows.map((r) => [r.provinceCode, r]));
  const deployed = (c: string): string => { const r = byCode.get(c); return r ? text.modelsDeployed(formatNumber(lang, r.deployed), formatNumber(lang, models)) : ''; };
  const parts: TipParts = {
    name: rowNames(rows, lang),
    lines: (c) => { const r = byCode.get(c); return r ? [lang === 'en' ? r.regionEn : r.regionVi, deployed(c)] : []; },
    member: deployed,
    membersHeading: text.unitMembers,
  };
  return (code) => shapeTip(code, level, lang, parts);
}

/** The rows of a table kept by the group and status filters (null = no filter). */
export function filterRows<T extends { group: string }>(rows: readonly T[], group: string | null, keep: ((r: T) => boolean) | null = null): T[] {
  return rows.filter((r) => (group === null || r.group === group) && (keep === null || keep(r)));
}

/** Whether a province has its own report: any of the 44 is in its list. */
export const hasReport = (rows: readonly ProvinceReportModelRow[]): boolean => rows.some((r) => r.localNo !== null);

/** The as-of dates and the source files (report and plan) of a province report's rows. */
export function reportDates(rows: readonly ProvinceReportModelRow[]): { asOfs: string[]; sources: string[] } {
  const listed = rows.filter((r) => r.localNo !== null);
  const present = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => x !== null))];
  return { asOfs: present(listed.map((r) => r.asOf)).sort(), sources: present(listed.flatMap((r) => [r.source, r.planSource])) };
}

/** A report row's status for filtering and counting: its own status, or `absent` when the model is not in the province's list. */
export const reportStatusOf = (r: ProvinceReportModelRow): string => (r.localNo === null ? 'absent' : r.reportStatus ?? 'unclear');

/** Rows per report status (in `OWN_STATUSES` reading order, then `absent` for a model of the 44 not in the province's list), from the province report's rows. */
export function reportCounts(rows: readonly ProvinceReportModelRow[]): { status: string; count: number }[] {
  const order = [...OWN_STATUSES, 'absent'];
  return order.map((status) => ({ status, count: rows.filter((r) => reportStatusOf(r) === status).length }));
}

/**
 * Whether the province report contradicts the national status: deployed nationally while the province's
 * own (later) report says not started or waiting, or not deployed while it says completed or under way
 * (the rule of discrepancies.csv, `compareStatuses`).
 */
export const contradicts = (r: ProvinceReportModelRow): boolean => compareStatuses(r.nationalStatus, r.reportStatus) === 'disagree';

/**
 * What Hà Nội's 19 models are to a province: `own` on Hà Nội's page; `registration` for the province
 * whose own report lists them (same source file); null elsewhere.
 */
export function hanoiRole(code: string, report: readonly ProvinceReportModelRow[], hanoi: readonly HanoiModelRow[]): 'own' | 'registration' | null {
  if (code === HANOI) return 'own';
  const reportSources = new Set(report.map((r) => r.source).filter((s): s is string => s !== null));
  return hanoi.some((h) => reportSources.has(h.source)) ? 'registration' : null;
}

/** The distinct groups of a province's models, in order, each with its names (the first row of the group). */
export function groupsOf<T extends { group: string }>(rows: readonly T[]): T[] {
  return GROUPS.map((g) => rows.find((r) => r.group === g)).filter((r): r is T => r !== undefined);
}

/** The download of the 44-model table: the shape of coverage.csv, with the model's group and names. */
export const MODEL_DOWNLOAD = downloadOf('province_code', 'model_no', 'group', 'name_vi', 'name_en', 'status', 'basis', 'named_as', 'source', 'as_of');

/** The rows shown in the 44-model table, as download rows. */
export const modelCsvRows = (rows: readonly ProvinceModelRow[]): DownloadRow[] => rows.map((r) => ({
  province_code: r.provinceCode, model_no: r.modelNo, group: r.group, name_vi: r.nameVi, name_en: r.nameEn, status: r.status,
  basis: r.basis, named_as: r.namedAs, source: r.source, as_of: r.asOf,
}));

/**
 * The download of a province report's table: the shape of province_models.csv (the name in the report as
 * `name_vi`, the report's status as `status`), beside the 44-model names and the national status.
 */
export const REPORT_DOWNLOAD = downloadOf(
  'province_code', 'model_no', 'group', 'model_name_vi', 'model_name_en', 'in_province_list', 'local_no', 'report_name_vi', 'report_status',
  'status_text', 'lead_agency', 'deadline', 'national_status', 'national_basis', 'national_source', 'national_as_of', 'source', 'plan_source', 'as_of',
);

/**
 * The rows shown in the report table, as download rows. A model missing from the province's list is a fact of that
 * list, so its row carries the report's source and date too (from `all`, the report's full rows).
 */
export function reportCsvRows(rows: readonly ProvinceReportModelRow[], all: readonly ProvinceReportModelRow[] = rows): DownloadRow[] {
  const listed = all.find((r) => r.localNo !== null);
  return rows.map((r) => ({
    province_code: r.provinceCode, model_no: r.modelNo, group: r.group, model_name_vi: r.nameVi, model_name_en: r.nameEn,
    in_province_list: r.localNo !== null, local_no: r.localNo, name_vi: r.reportNameVi, status: r.reportStatus,
    status_text: r.statusText, lead_agency: r.leadAgency, deadline: r.deadline,
    national_status: r.nationalStatus, national_basis: r.nationalBasis, national_source: r.nationalSource, national_as_of: r.nationalAsOf,
    source: r.source ?? listed?.source ?? null, plan_source: r.planSource ?? listed?.planSource ?? null, as_of: r.asOf ?? listed?.asOf ?? null,
  }));
}

/** The download of Hà Nội's models (the shape of hanoi_models.csv): its own list, or with Bình Định's registration of it. */
export function hanoiDownload(role: 'own' | 'registration'): DownloadTable {
  return role === 'own'
    ? downloadOf('hanoi_no', 'name_vi', 'model_no', 'match_basis', 'source', 'as_of')
    : downloadOf('hanoi_no', 'name_vi', 'model_no', 'match_basis', 'track', 'binh_dinh_lead_agency', 'binh_dinh_progress', 'binh_dinh_result', 'source', 'as_of');
}

/** Hà Nội's models as download rows. */
export const hanoiCsvRows = (rows: readonly HanoiModelRow[]): DownloadRow[] => rows.map((h) => ({
  hanoi_no: h.hanoiNo, name_vi: h.nameVi, model_no: h.modelNo, match_basis: h.matchBasis, track: h.track,
  binh_dinh_lead_agency: h.leadAgency, binh_dinh_progress: h.progress, binh_dinh_result: h.result, source: h.source, as_of: h.asOf,
}));
