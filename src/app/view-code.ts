/**
 * Each view's code, fetched once: when its route first renders, or ahead of that (`preloadViews`),
 * once the engine is ready and the page idle, so that the first visit to another view of the header,
 * or to a model or province from a list, waits for its answers only. A fetch ahead that fails is
 * forgotten, so its route's first render fetches it anew. (Once a route has rendered, React's `lazy`
 * keeps what it got, a failure too, as it always did.)
 */

import { createElement, lazy, useState, type ComponentType } from 'react';
import type { Route } from './routes.ts';

/** A view's code: fetched once (calling it), and the module once it has come (`loaded`). */
export interface ViewCode<T> {
  (): Promise<T>;
  loaded: () => T | undefined;
}

const once = <T>(load: () => Promise<T>): ViewCode<T> => {
  let loading: Promise<T> | undefined;
  let module: T | undefined;
  const get = (): Promise<T> => (loading ??= load().then((m) => { module = m; return m; }, (e: unknown) => { loading = undefined; throw e; }));
  return Object.assign(get, { loaded: () => module });
};

/**
 * A view's component: its code's own when the code has come (drawn at once), else React's `lazy`
 * under the nearest Suspense. A lazy component suspends on its first render even when its code
 * is in hand, and React shows a Suspense fallback for at least 300 ms: a first visit to a view
 * fetched ahead showed "loading" for a third of a second. Chosen once per mount, so a view never
 * changes component (and loses its state) under the reader.
 */
export function viewComponent<P extends object>(code: ViewCode<{ default: ComponentType<P> }>): ComponentType<P> {
  const Lazy = lazy(code);
  return function View(props: P) {
    const [own] = useState(() => code.loaded()?.default);
    return own ? createElement(own, props) : createElement(Lazy, props);
  };
}

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
