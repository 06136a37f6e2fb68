/**
 * ECharts, fetched once, when the first chart or chart picture is drawn (see echarts.ts); the
 * matrices' parts when the first matrix is. The first fetch waits for the page to be idle (at most
 * half a second): ECharts is the heaviest script of a view, and read while a map draws it would
 * hold the map back.
 */
import type { ChartOption } from './chart-settings.ts';
import type { echarts } from './echarts.ts';

type ECharts = typeof echarts;
type Part = 'charts' | 'matrices';

const loading = new Map<Part, Promise<ECharts>>();
const arrived = new Map<Part, ECharts>();
const IMPORTS: Readonly<Record<Part, () => Promise<{ echarts: ECharts }>>> = {
  charts: () => import('./echarts.ts'),
  matrices: () => import('./echarts-heatmap.ts'),
};

/** Resolves when the page is next idle (at once where there is no such notion, as in Node). */
const whenIdle = (): Promise<void> => new Promise((resolve) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
  else resolve();
});

/** Whether an option draws a matrix (a heatmap series, or a visual map). */
export function drawsMatrix(option: ChartOption): boolean {
  const o = (option.baseOption ?? option) as ChartOption;
  const series = ([] as unknown[]).concat(o.series ?? []) as { type?: string }[];
  return o.visualMap !== undefined || series.some((s) => s?.type === 'heatmap');
}

const partOf = (option: ChartOption): Part => (drawsMatrix(option) ? 'matrices' : 'charts');

/** The ECharts namespace, with what `option` needs registered. A failed fetch is tried again at the next call. */
export function loadECharts(option: ChartOption): Promise<ECharts> {
  const part = partOf(option);
  let p = loading.get(part);
  if (!p) {
    p = whenIdle().then(IMPORTS[part]).then((m) => { arrived.set(part, m.echarts); return m.echarts; }, (e: unknown) => { loading.delete(part); throw e; });
    loading.set(part, p);
  }
  return p;
}

/** ECharts if what `option` needs has arrived already (then a chart can be made at once, as printing needs), else `null`. */
export const loadedECharts = (option: ChartOption): ECharts | null => arrived.get(partOf(option)) ?? arrived.get('matrices') ?? null;
