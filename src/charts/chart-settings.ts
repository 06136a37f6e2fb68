/**
 * What the dashboard's charts share apart from ECharts itself (src/charts/echarts.ts, loaded when a
 * chart first draws: load-echarts.ts), so that a view's code can be read before it arrives.
 */
import type { EChartsCoreOption } from 'echarts/core';

/** The charts' type face: the system's, so nothing is fetched. */
// Unquoted names (valid CSS): ECharts writes the family into SVG style attributes unescaped.
export const CHART_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';

/** The option type of the charts the dashboard draws. */
export type ChartOption = EChartsCoreOption;

/**
 * `option` with settings of the dashboard's own merged in (`base` under the option, `over` on top).
 * An option with media queries keeps its settings in `baseOption`, and ECharts ignores the rest.
 */
export function withSettings(option: ChartOption, base: ChartOption, over: (o: ChartOption) => ChartOption): ChartOption {
  const apply = (o: ChartOption): ChartOption => ({ ...base, ...o, ...over(o) });
  return option.baseOption ? { ...option, baseOption: apply(option.baseOption as ChartOption) } : apply(option);
}
