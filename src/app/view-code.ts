/**
 * Each view's code, fetched once: when its route first renders, or ahead of that (`preloadViews`),
 * once the engine is ready and the page idle, so that the first visit to another view of the header,
 * or to a model or province from a list, waits for its answers only. A fetch ahead that fails is
 * forgotten, so its route's first render fetches it anew. (Once a route has rendered, React's `lazy`
 * keeps what it got, a failure too, as it always did.)
 */

import type { Route } from './routes.ts';

/** A view's code: fetched once (`load`), and whether it has come (`ready`). */
interface ViewCode<T> {
  (): Promise<T>;
  ready: () => boolean;
}

const once = <T>(load: () => Promise<T>): ViewCode<T> => {
  let loading: Promise<T> | undefined;
  let ready = false;
  const get = (): Promise<T> => (loading ??= load().then((m) => { ready = true; return m; }, (e: unknown) => { loading = undefined; throw e; }));
  return Object.assign(get, { ready: () => ready });
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

/** The code a route draws with (none for a page not found). */
export function viewCodeOf(route: Route): ViewCode<unknown> | null {
  switch (route.name) {
    case 'model': return route.no === null ? VIEW_CODE.modelIndex : VIEW_CODE.model;
    case 'province': return route.code === null ? VIEW_CODE.provinceIndex : VIEW_CODE.province;
    case 'not_found': return null;
    default: return VIEW_CODE[route.name];
  }
}

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
