/**
 * ECharts with only the parts the dashboard uses (tree-shaken), drawn as SVG so text stays text.
 * Imported only through load-echarts.ts, so its weight is fetched when a chart first draws, beside
 * (not before) the map and the rest of a view. The matrices' parts (heatmap, visual map) come apart
 * (echarts-heatmap.ts): the matrices sit below the fold.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { echarts };
