/** ECharts with only the parts the dashboard uses (tree-shaken), drawn as SVG so text stays text. */
import { BarChart, HeatmapChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, DataZoomComponent, SVGRenderer]);

export { echarts };
/** The option type of the charts the dashboard draws. */
export type ChartOption = echarts.EChartsCoreOption;
