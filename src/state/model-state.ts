/** Pure derivations of the model view: counts by status, map fills, tooltips, the difficulty chart. */
import { DIFFICULTY_CATEGORIES } from '../domain/difficulty-categories.ts';
import { reportsProgress } from '../data/queries/difficulties.ts';
import type { ModelCoverageRow, ModelDifficultyRow } from '../data/queries/model.ts';
import type { ChartClick } from '../charts/EChart.tsx';
import type { ChartOption } from '../charts/chart-settings.ts';
import { wrapText } from '../charts/wrap.ts';
import { statusFill } from '../map/choropleth.ts';
import type { MapLevel } from '../map/geo-data.ts';
import type { ProvinceFill, ProvinceTip } from '../map/fill.ts';
import { MAP_MESSAGES } from '../map/messages.ts';
import { rowNames, shapeTip, type TipParts } from '../map/tips.ts';
import { basisLabel, COMMON, statusLabel } from '../i18n/common.ts';
import { unitCoverage, unitFill } from '../map/units.ts';
import type { Lang } from '../i18n/i18n.ts';

/** Map fills by province code. */
export function coverageFills(rows: readonly { provinceCode: string; status: string }[], level: MapLevel = 'province', dark = false): Map<string, ProvinceFill> {
  // On the map of the 34 units of 2025, each unit by the share of its members that deployed.
  if (level === 'unit') return new Map(unitCoverage(rows).map((u) => [u.unit.code, unitFill(u, dark)]));
  return new Map(rows.map((r) => [r.provinceCode, statusFill(r.status, dark)]));
}

/** A model's map tooltips, on its page and its brief: a province's status and its basis; a unit's share deployed and each former province's status. */
export function coverageTip(rows: readonly ModelCoverageRow[], level: MapLevel, lang: Lang): (code: string) => ProvinceTip {
  const text = MAP_MESSAGES[lang];
  const common = COMMON[lang];
  const byCode = new Map(rows.map((r) => [r.provinceCode, r]));
  const units = new Map(unitCoverage(rows).map((u) => [u.unit.code, u]));
  const parts: TipParts = {
    name: rowNames(rows, lang),
    lines: (c) => { const r = byCode.get(c); return r ? [statusLabel(common, r.status), basisLabel(common, r.basis)] : []; },
    member: (c) => statusLabel(common, byCode.get(c)?.status ?? 'unknown'),
    unit: (c, members) => { const u = units.get(c); return u ? [text.unitShare(u.deployed, members.length)] : []; },
    membersHeading: text.unitMembers,
  };
  return (code) => shapeTip(code, level, lang, parts);
}

/** Sentences per category (a sentence counts once in each of its categories; one reporting progress not at all), in category order. */
export function difficultyCounts(rows: readonly ModelDifficultyRow[]): { id: string; count: number }[] {
  const real = rows.filter((r) => !reportsProgress(r));
  return DIFFICULTY_CATEGORIES.map((c) => ({ id: c.id, count: real.filter((r) => r.categories.includes(c.id)).length }))
    .filter((c) => c.count > 0);
}

/** The least length of the difficulty chart's axis, in sentences. */
export const AXIS_FLOOR = 5;

/** The bar chart of difficulty sentences by category: the categories are the causes' ids, labelled in the language (each bar's name too, for its tooltip). */
export function difficultyChart(rows: readonly ModelDifficultyRow[], lang: Lang, selected: string | null): ChartOption {
  const counts = difficultyCounts(rows);
  const label = (id: string): string => DIFFICULTY_CATEGORIES.find((c) => c.id === id)?.[lang] ?? id;
  const most = Math.max(0, ...counts.map((c) => c.count));
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    // A model with one or two sentences per cause would get a 0–1 axis, on which one sentence fills
    // the panel: the axis runs to at least AXIS_FLOOR, so a small count looks small.
    xAxis: { type: 'value', minInterval: 1, ...(most < AXIS_FLOOR ? { max: AXIS_FLOOR } : {}) },
    yAxis: { type: 'category', inverse: true, data: counts.map((c) => c.id), axisLabel: { formatter: (id: string) => wrapText(label(id), 24).join('\n') } },
    tooltip: { trigger: 'item' },
    series: [{
      type: 'bar',
      data: counts.map((c) => ({ value: c.count, name: label(c.id), categoryId: c.id, itemStyle: { color: selected && selected !== c.id ? '#9ecae1' : '#0b5cad' } })),
      label: { show: true, position: 'right' },
      barMaxWidth: 28,
    }],
  };
}

/** The URL changes a click on the difficulty chart asks for: a bar (or a cause's label) selects its cause (again: clears it). */
export function difficultyClick(e: ChartClick, selected: string | null): Record<string, string | undefined> | null {
  const id = e.componentType === 'yAxis' ? String(e.value ?? '') : (e.data as { categoryId?: string } | undefined)?.categoryId;
  if (!id || !DIFFICULTY_CATEGORIES.some((c) => c.id === id)) return null;
  return { category: id === selected ? undefined : id };
}
