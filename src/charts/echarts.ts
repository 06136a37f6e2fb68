/** ECharts with only the parts the dashboard uses (tree-shaken), drawn as SVG so text stays text. */
import { BarChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, SVGRenderer]);

export { echarts };
/** The charts' type face: the system's, so nothing is fetched. */
// Unquoted names (valid CSS): ECharts writes the family into SVG style attributes unescaped.
export const CHART_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif';

/** The option type of the charts the dashboard draws. */
export type ChartOption = echarts.EChartsCoreOption;

/**
 * `option` with settings of the dashboard's own merged in (`base` under the option, `over` on top).
 * An option with media queries keeps its settings in `baseOption`, and ECharts ignores the rest.
 */
export function withSettings(option: ChartOption, base: ChartOption, over: (o: ChartOption) => ChartOption): ChartOption {
  const apply = (o: ChartOption): ChartOption => ({ ...base, ...o, ...over(o) });
  return option.baseOption ? { ...option, baseOption: apply(option.baseOption as ChartOption) } : apply(option);
}
