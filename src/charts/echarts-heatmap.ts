/** The parts of ECharts only the matrices use (models × provinces, models × causes), registered when one first draws. */
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts.ts';

echarts.use([HeatmapChart, VisualMapComponent]);

export { echarts };
