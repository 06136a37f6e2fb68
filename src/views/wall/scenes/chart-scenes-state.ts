/** Pure options of the wall's chart scenes. */
import type { ModelsByProvinceRow } from '../../../data/queries/overview.ts';
import type { Lang } from '../../../i18n/i18n.ts';
import { STATUS_COLORS_DARK } from '../../../map/choropleth.ts';
import { rankingChart, rankingLabel } from '../../../state/overview-state.ts';
import { darkChart, wallLabel } from './scene-data.ts';

/** The overview's ranking of the 63 provinces, dark, its labels (rank and name, by code) clipped for the wall. */
export function rankingSceneChart(rows: readonly ModelsByProvinceRow[], lang: Lang, labels: { deployed: string; unknown: string }): Record<string, unknown> {
  const o = rankingChart(rows, lang, labels) as Record<string, unknown>;
  const label = rankingLabel(rows, lang);
  const series = (o.series as Record<string, unknown>[]).map((s, i) => ({ ...s, itemStyle: { ...(s.itemStyle as object), color: i === 0 ? STATUS_COLORS_DARK.deployed : STATUS_COLORS_DARK.unknown } }));
  const xAxis = o.xAxis as Record<string, unknown>;
  const axisLabel = { ...(xAxis.axisLabel as object), formatter: (code: string) => wallLabel(label(code)) };
  return darkChart({ ...o, series, xAxis: { ...xAxis, axisLabel } }, 0.016);
}
