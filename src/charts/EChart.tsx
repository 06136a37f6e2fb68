/**
 * One ECharts chart: created on mount, updated when the option changes, resized with its box,
 * disposed on unmount. Tooltips are drawn as rich text, never HTML, so text from data cannot
 * become markup. Clicks on data items reach `onItemClick`.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { CHART_FONT, echarts, withSettings, type ChartOption } from './echarts.ts';

// Lazy charts not drawn yet, and whether they are being drawn for printing (then at once, without
// animation: the page is laid out for paper right after "beforeprint", with no time to wait).
const pending = new Set<() => void>();
let printing = false;

/** Draws every lazy chart not drawn yet, at once, so a printed page has them all (use-print-frames.ts). */
export function drawPendingCharts(): void {
  printing = true;
  try { for (const draw of [...pending]) draw(); } finally { printing = false; }
}
/** The size of the charts' text in pixels: 0.8 of the page's, which grows with the screen (a wall reads it from afar). */
export const chartFontPx = (): number => Math.round((parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) * 0.8);

/** What a click on a chart item carries. */
export interface ChartClick {
  componentType: string;
  seriesIndex?: number;
  dataIndex?: number;
  name?: string;
  value?: unknown;
  data?: unknown;
  /** For axis label clicks (`triggerEvent: true`): the label's value. */
  axisValue?: string;
  targetType?: string;
}

interface Props {
  option: ChartOption;
  onItemClick?: (e: ChartClick) => void;
  className?: string;
  label: string;
  testId?: string;
  /** Draw only once the chart scrolls near the screen (for heavy charts below the fold). */
  lazy?: boolean;
}

/** A chart in a resizable box. */
export function EChart({ option, onItemClick, className = 'chart', label, testId, lazy = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  useEffect(() => { clickRef.current = onItemClick; }, [onItemClick]);

  const [visible, setVisible] = useState(!lazy);
  useEffect(() => {
    const el = box.current;
    if (visible || !el) return;
    const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) setVisible(true); }, { rootMargin: '200px' });
    io.observe(el);
    // A synchronous render: its effects (creating the chart, setting its option) run before this returns.
    const draw = (): void => flushSync(() => setVisible(true));
    pending.add(draw);
    return () => { io.disconnect(); pending.delete(draw); };
  }, [visible]);
  // A chart that fails to draw fails its view, as a render error would, so the nearest error
  // boundary shows it (the wall's shows the scene's last good frame).
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;

  useEffect(() => {
    const el = box.current;
    if (!el || !visible) return;
    const c = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (e) => clickRef.current?.(e as unknown as ChartClick));
    // The observer also reports the first size, which the chart already has: redrawing for it
    // would double the cost of every first render.
    let size = `${el.clientWidth}×${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${el.clientWidth}×${el.clientHeight}`;
      if (now !== size) { size = now; c.resize(); }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [visible]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const full = withSettings(option, { animation: !reduced && !printing, textStyle: { fontFamily: CHART_FONT, fontSize: chartFontPx() } },
      (o) => ({ tooltip: { renderMode: 'richText', confine: true, ...(o.tooltip as object | undefined) } }));
    const apply = (): void => {
      try { c.setOption(full, { notMerge: true }); } catch (e) { setFailure(e); }
    };
    if (printing) { queueMicrotask(apply); return undefined; }
    // Each chart draws in a task of its own. Drawn in React's commit, the charts of a view would
    // hold the main thread for the sum of their costs, past what a wall PC can hide from input.
    const id = setTimeout(apply);
    return () => clearTimeout(id);
  }, [option, visible]);

  return <div ref={box} className={className} role="img" aria-label={label} data-testid={testId} />;
}
