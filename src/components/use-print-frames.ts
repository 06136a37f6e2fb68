/**
 * Maps and charts on paper. Leaflet and ECharts draw at the size their box has on screen and redraw
 * only when a resize is observed, which never happens between the browser's "print" and its page
 * layout: printed as they are, they come out cut or shifted. So when printing starts, each drawn box
 * keeps its screen size and is scaled, as a picture, to the width the printed page gives it (and a
 * height that leaves room for its heading), so every map and chart prints whole (the print CSS keeps
 * it on one page). Charts that wait to be scrolled to are drawn first. Afterwards everything is as it was.
 */
import { useEffect } from 'react';
import { drawPendingCharts } from '../charts/pending-charts.ts';

/** The boxes Leaflet and ECharts draw into, in the dashboard's views (a brief is drawn at its paper size already). */
const DRAWN = '.app .map-frame, .app .chart';

/**
 * The tallest a drawn box may print, in CSS pixels: an A4 page leaves about 1030 under its margins; a
 * map leaves room for the view's title and key figures above it on the first page.
 */
export const PRINT_MAX_HEIGHT = { map: 540, chart: 880 } as const;

/** The scale that fits a box of `w` × `h` into `room` pixels of width and at most `maxHeight` (never more than twice its size). */
export const printScale = (w: number, h: number, room: number, maxHeight: number): number => Math.min(room / w, maxHeight / h, 2);

/** Freezes and scales the drawn boxes while the page prints (see above). */
export function usePrintFrames(): void {
  useEffect(() => {
    let sized: { el: HTMLElement; w: number; h: number }[] = [];
    const onBefore = (): void => {
      drawPendingCharts();
      sized = [...document.querySelectorAll<HTMLElement>(DRAWN)]
        .filter((el) => el.offsetWidth > 0 && el.offsetHeight > 0 && !el.parentElement?.closest('.map-frame, .chart'))
        .map((el) => ({ el, w: el.offsetWidth, h: el.offsetHeight }));
    };
    // Called once the print layout is in place, so the room each box has on paper can be measured.
    const fit = (): void => {
      for (const { el, w, h } of sized) {
        el.style.setProperty('--print-w', `${w}px`);
        el.style.setProperty('--print-h', `${h}px`);
        const most = el.classList.contains('map-frame') ? PRINT_MAX_HEIGHT.map : PRINT_MAX_HEIGHT.chart;
        el.style.setProperty('--print-k', String(printScale(w, h, el.parentElement?.clientWidth ?? w, most)));
        el.classList.add('print-frozen');
      }
    };
    const release = (): void => {
      for (const { el } of sized) {
        el.classList.remove('print-frozen');
        for (const p of ['--print-w', '--print-h', '--print-k']) el.style.removeProperty(p);
      }
      sized = [];
    };
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent): void => { if (e.matches) fit(); else release(); };
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', release);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', release);
      media.removeEventListener('change', onMedia);
    };
  }, []);
}
