/** How wall scenes read data: an error is thrown to the scene's boundary, which shows the last good frame. */
import type { LoadState } from '../../../data/use-query.ts';
import { STATUS_COLORS_DARK } from '../../../map/choropleth.ts';

/** The value of a loaded state, null while loading; throws the query's error. */
export function sceneValue<V>(state: LoadState<V>): V | null {
  if (state.status === 'error') throw state.error;
  return state.status === 'ready' ? state.value : null;
}

/**
 * A data label as the wall draws it: at most `max` characters (a 3,000-character name from a file
 * would smear the axis), and isolated (U+2068…U+2069) so right-to-left letters in it cannot reorder
 * the text around it. Clipped by length, as the dashboard's charts do: measuring would cost a frame.
 */
export function wallLabel(text: string, max = 24): string {
  const chars = [...text];
  return `\u2068${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text}\u2069`;
}

/** Dark-theme text and axis colours for ECharts on the wall. */
export const WALL_CHART = {
  text: '#e8eef4',
  soft: '#9fb0c0',
  grid: '#2b3a49',
  /** A reference bar (the national average): the grey of "not reported", quieter than the data. */
  reference: STATUS_COLORS_DARK.unknown,
  /** Shapes of the map that are not the scene's subject. */
  background: '#33414f',
} as const;

type Axis = Record<string, unknown>;

/** Chart text size on the wall: a fixed share of the screen's height, so 4K reads like full HD. */
const wallFontSize = (share = 0.021): number => Math.round((typeof window === 'undefined' ? 1080 : window.innerHeight) * share);

const darkAxis = (a: unknown, size: number): unknown => (a && typeof a === 'object' && !Array.isArray(a)
  ? { ...(a as Axis), axisLabel: { ...((a as Axis).axisLabel as Axis | undefined), color: WALL_CHART.text, fontSize: size }, axisLine: { lineStyle: { color: WALL_CHART.soft } }, splitLine: { lineStyle: { color: WALL_CHART.grid } } }
  : a);

/** An ECharts option restyled for the dark wall: light text sized to the screen, light axes, dark grid lines. */
export function darkChart(option: Record<string, unknown>, share?: number): Record<string, unknown> {
  const size = wallFontSize(share);
  const series = Array.isArray(option.series)
    ? (option.series as Axis[]).map((s) => (s.label ? { ...s, label: { ...(s.label as Axis), fontSize: size } } : s))
    : option.series;
  return {
    ...option,
    series,
    textStyle: { color: WALL_CHART.text, fontSize: size },
    legend: option.legend ? { ...(option.legend as Axis), textStyle: { color: WALL_CHART.text, fontSize: size }, itemWidth: size * 1.6, itemHeight: size } : undefined,
    xAxis: darkAxis(option.xAxis, size),
    yAxis: darkAxis(option.yAxis, size),
  };
}
