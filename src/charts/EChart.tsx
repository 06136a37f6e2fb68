/**
 * One ECharts chart: created on mount, updated when the option changes, resized with its box,
 * disposed on unmount. Tooltips are drawn as rich text, never HTML, so text from data cannot
 * become markup. Clicks on data items reach `onItemClick`.
 */
import { useEffect, useRef, useState } from 'react';
import { echarts, type ChartOption } from './echarts.ts';

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
    return () => io.disconnect();
  }, [visible]);

  useEffect(() => {
    const el = box.current;
    if (!el || !visible) return;
    const c = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (e) => clickRef.current?.(e as unknown as ChartClick));
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, [visible]);

  useEffect(() => {
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // Chart text follows the page's type scale, so a wall screen reads it from afar.
    const base = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    chart.current?.setOption({
      animation: !reduced,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif', fontSize: Math.round(base * 0.8) },
      ...option,
      tooltip: { renderMode: 'richText', confine: true, ...(option.tooltip as object | undefined) },
    }, { notMerge: true });
  }, [option, visible]);

  return <div ref={box} className={className} role="img" aria-label={label} data-testid={testId} />;
}
