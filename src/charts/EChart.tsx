/**
 * One ECharts chart: created on mount, updated when the option changes, resized with its box,
 * disposed on unmount; ECharts itself is fetched when the first chart draws (load-echarts.ts), so a
 * view's map and text do not wait for it. Tooltips are drawn as rich text, never HTML, so text from data cannot
 * become markup. Clicks on data items reach `onItemClick`.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ECharts } from 'echarts/core';
import { CHART_FONT, withSettings, type ChartOption } from './chart-settings.ts';
import { loadECharts, loadedECharts } from './load-echarts.ts';
import { addPendingChart, drawingForPrint } from './pending-charts.ts';

/** The size of the charts' text in pixels: 0.8 of the page's, which grows with the screen (a wall reads it from afar). */
export const chartFontPx = (): number => Math.round((parseFloat(getComputedStyle(document.documentElement).fontSize) || 16) * 0.8);

/** The option with the dashboard's settings: its type face and size, rich-text tooltips; no animation for paper or for readers who ask for less motion. */
function fullOption(option: ChartOption, printing: boolean): ChartOption {
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return withSettings(option, { animation: !reduced && !printing, textStyle: { fontFamily: CHART_FONT, fontSize: chartFontPx() } },
    (o) => ({ tooltip: { renderMode: 'richText', confine: true, ...(o.tooltip as object | undefined) } }));
}

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
  // The chart, once ECharts has arrived and made it: a state, so that its option is set then.
  const [chart, setChart] = useState<ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  useEffect(() => { clickRef.current = onItemClick; }, [onItemClick]);

  const optionRef = useRef(option);
  useEffect(() => { optionRef.current = option; }, [option]);
  // The option the chart shows, so that a chart drawn at once for printing is not drawn again.
  const applied = useRef<ChartOption | null>(null);

  const [visible, setVisible] = useState(!lazy);
  useEffect(() => {
    const el = box.current;
    if (visible || !el) return;
    const io = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) setVisible(true); }, { rootMargin: '200px' });
    io.observe(el);
    // A synchronous render: its effects (creating the chart, setting its option) run before this returns.
    const draw = (): void => flushSync(() => setVisible(true));
    const forget = addPendingChart(draw);
    return () => { io.disconnect(); forget(); };
  }, [visible]);
  // A chart that fails to draw fails its view, as a render error would, so the nearest error
  // boundary shows it (the wall's shows the scene's last good frame).
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;

  useEffect(() => {
    const el = box.current;
    if (!el || !visible) return;
    let c: ECharts | null = null;
    let observer: ResizeObserver | null = null;
    let live = true;
    const make = (echarts: Awaited<ReturnType<typeof loadECharts>>): void => {
      if (!live) return;
      c = echarts.init(el, undefined, { renderer: 'svg' });
      const made = c;
      made.on('click', (e) => clickRef.current?.(e as unknown as ChartClick));
      // Once the option last set is drawn and its animation over, the box says so (data-drawn):
      // until then a bar can still be a sliver growing from its axis.
      made.on('finished', () => { if (applied.current === optionRef.current) el.dataset.drawn = 'true'; });
      // The observer also reports the first size, which the chart already has: redrawing for it
      // would double the cost of every first render.
      let size = `${el.clientWidth}×${el.clientHeight}`;
      observer = new ResizeObserver(() => {
        const now = `${el.clientWidth}×${el.clientHeight}`;
        if (now !== size) { size = now; made.resize(); }
      });
      observer.observe(el);
      // For printing, drawn at once, without animation: the page is laid out for paper as soon as
      // "beforeprint" returns (use-print-frames.ts draws the lazy charts in it).
      if (drawingForPrint()) {
        try { made.setOption(fullOption(optionRef.current, true), { notMerge: true }); applied.current = optionRef.current; } catch (e) { setFailure(e); }
      }
      setChart(made);
    };
    const ready = loadedECharts(optionRef.current);
    if (ready) make(ready);
    else loadECharts(optionRef.current).then(make, (e: unknown) => { if (live) setFailure(e); });
    return () => {
      live = false;
      observer?.disconnect();
      c?.dispose();
      applied.current = null;
      setChart(null);
    };
  }, [visible]);

  useEffect(() => {
    const c = chart;
    if (!c || applied.current === option) return;
    const apply = (): void => {
      delete box.current?.dataset.drawn;
      applied.current = option;
      try { c.setOption(fullOption(option, false), { notMerge: true }); } catch (e) { setFailure(e); }
    };
    // Each chart draws in a task of its own. Drawn in React's commit, the charts of a view would
    // hold the main thread for the sum of their costs, past what a wall PC can hide from input.
    // (An option that needs more of ECharts than the chart was made with waits for it.)
    let id: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    if (loadedECharts(option) === null) void loadECharts(option).then(() => { if (live) id = setTimeout(apply); }, (e: unknown) => { if (live) setFailure(e); });
    else id = setTimeout(apply);
    return () => { live = false; clearTimeout(id); };
  }, [option, chart]);

  return <div ref={box} className={className} role="img" aria-label={label} data-testid={testId} />;
}
