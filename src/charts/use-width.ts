/** The width of an element, kept up to date as it resizes. */
import { useCallback, useRef, useState } from 'react';

/** A ref to put on an element and its width in CSS pixels (0 until it is laid out). */
export function useWidth<T extends HTMLElement>(): [(el: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    // Whole pixels: a chart laid out anew for a fraction of a pixel would only cost time.
    observer.current = new ResizeObserver(([entry]) => setWidth(Math.round(entry?.contentRect.width ?? 0)));
    observer.current.observe(el);
  }, []);
  return [ref, width];
}
