/**
 * Each view's code, fetched once: when its route first renders, or ahead of that (`preloadViews`),
 * once the engine is ready and the page idle, so that the first visit to another view of the header,
 * or to a model or province from a list, waits for its answers only. A fetch ahead that fails is
 * forgotten, so its route's first render fetches it anew. (Once a route has rendered, React's `lazy`
 * keeps what it got, a failure too, as it always did.)
 */

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load().catch((e: unknown) => { loading = undefined; throw e; }));
};

export const VIEW_CODE = {
  overview: once(() => import('../views/overview/OverviewView.tsx')),
  model: once(() => import('../views/model/ModelView.tsx')),
  modelIndex: once(() => import('../views/model/ModelIndex.tsx')),
  province: once(() => import('../views/province/ProvinceView.tsx')),
  provinceIndex: once(() => import('../views/province/ProvinceIndex.tsx')),
  difficulties: once(() => import('../views/difficulties/DifficultiesView.tsx')),
  quality: once(() => import('../views/quality/QualityView.tsx')),
  data: once(() => import('../views/data/DataView.tsx')),
  wall: once(() => import('../views/wall/WallView.tsx')),
  brief: once(() => import('../views/brief/BriefView.tsx')),
};

/** The views a reader of the dashboard goes to next: the header's, and a model's or province's page (not the wall, not a brief). */
const AHEAD: readonly (keyof typeof VIEW_CODE)[] = ['modelIndex', 'provinceIndex', 'model', 'province', 'overview', 'difficulties', 'quality', 'data'];

const whenIdle = (then: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: 2000 });
  else setTimeout(then, 50);
};

let preloading = false;

/** Fetches the views' code one by one, each when the page is idle (a module's evaluation holds the main thread); once. */
export function preloadViews(): void {
  if (preloading) return;
  preloading = true;
  const next = (i: number): void => {
    const load = AHEAD[i] && VIEW_CODE[AHEAD[i]];
    if (load) whenIdle(() => { load().catch(() => undefined).finally(() => next(i + 1)); });
  };
  next(0);
}
