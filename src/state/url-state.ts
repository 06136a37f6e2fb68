/**
 * The URL is the state: the route and every filter live in the hash (`#/model/13?lang=en`),
 * so back/forward work and a copied link opens the same view elsewhere. Parameters are read
 * from the query inside the hash and from the query before it (`/?lang=en#/model/13`), which
 * mean the same; the app writes them inside the hash.
 *
 * The views draw the location once a navigation's gate lets them (at most `MAX_HOLD_MS` after
 * the URL changed): the app's gate waits for the new view's answers, so that it draws once, with
 * them, rather than first with the last view's rows and again when its own come.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** A parsed location: the path inside the hash and its parameters. */
export interface Location {
  path: string;
  params: Readonly<Record<string, string>>;
}

/** Parses `location.search` and `location.hash`; parameters in the hash win. */
export function parseLocation(search: string, hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)) || '/';
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) params[k] = v;
  for (const [k, v] of new URLSearchParams(q < 0 ? '' : raw.slice(q + 1))) params[k] = v;
  return { path: path.startsWith('/') ? path : `/${path}`, params };
}

/** The hash for a path and parameters; empty parameters are left out, keys sorted for stable links. */
export function toHash(path: string, params: Readonly<Record<string, string | undefined>>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  entries.sort(([a], [b]) => a.localeCompare(b));
  const qs = new URLSearchParams(entries).toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/**
 * What a navigation waits for before the views draw its location: a promise (its answers), or
 * null to draw at once. It never waits longer than `MAX_HOLD_MS`, nor for a promise that fails.
 */
export type NavigationGate = (next: Location) => Promise<unknown> | null;

/** The longest a navigation waits for its gate: past it, the view draws with the last rows it has, as a hold should never be felt. */
export const MAX_HOLD_MS = 120;

/** Where a location store reads the URL and hears it change (the window; a test's own). */
export interface UrlSource {
  read(): { search: string; hash: string };
  listen(onChange: () => void): () => void;
  /** Told the URL (search and hash) whose location the views now draw. */
  drawn?(key: string): void;
}

/** The location the views draw: the URL's, taken up once the navigation gate lets it. */
export class LocationStore {
  private key = '';
  private location: Location = { path: '/', params: {} };
  private latestRead: { key: string; location: Location } = { key: '', location: { path: '/', params: {} } };
  private gate: NavigationGate | null = null;
  /** The navigation waiting for its gate, if any: a newer one supersedes it. */
  private waiting: { key: string } | null = null;
  private readonly listeners = new Set<() => void>();
  private unlisten: (() => void) | null = null;

  constructor(private readonly url: UrlSource, private readonly maxHoldMs = MAX_HOLD_MS) {}

  /** The location as the URL has it now (a navigation may still be waiting to be drawn). */
  latest(): Location {
    const { search, hash } = this.url.read();
    const key = `${search}${hash}`;
    if (key !== this.latestRead.key) this.latestRead = { key, location: key === this.key ? this.location : parseLocation(search, hash) };
    return this.latestRead.location;
  }

  /** The location the views draw. */
  readonly snapshot = (): Location => {
    const { search, hash } = this.url.read();
    const key = `${search}${hash}`;
    // A URL changed without an event (replaceState at start), or first read: taken up at once.
    if (key !== this.key && this.waiting === null) this.commit(key, parseLocation(search, hash), false);
    return this.location;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.unlisten ??= this.url.listen(() => this.changed());
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) { this.unlisten?.(); this.unlisten = null; }
    };
  };

  /** Sets what navigations wait for (null: nothing). */
  setGate(gate: NavigationGate | null): void {
    this.gate = gate;
  }

  /** The URL changed: its location is drawn once the gate lets it, or at once. */
  changed(): void {
    const { search, hash } = this.url.read();
    const key = `${search}${hash}`;
    // Back at the location drawn (or still there): nothing to draw, and a navigation waiting is dropped.
    if (key === this.key) { this.waiting = null; return; }
    const next = parseLocation(search, hash);
    let wait: Promise<unknown> | null;
    try { wait = this.gate?.(next) ?? null; } catch { wait = null; }  // a gate that throws holds nothing back
    if (wait === null) { this.waiting = null; this.commit(key, next, true); return; }
    const mine = { key };
    this.waiting = mine;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const held = new Promise<void>((done) => { timer = setTimeout(done, this.maxHoldMs); });
    void Promise.race([wait.then(() => undefined, () => undefined), held]).then(() => {
      clearTimeout(timer);
      if (this.waiting !== mine) return;  // a newer navigation came meanwhile: it is the one drawn
      this.waiting = null;
      this.commit(key, next, true);
    });
  }

  private commit(key: string, location: Location, tell: boolean): void {
    if (key === this.key) return;
    this.key = key;
    this.location = location;
    this.url.drawn?.(key);
    if (tell) for (const l of this.listeners) l();
  }
}

const windowUrl: UrlSource = {
  read: () => ({ search: window.location.search, hash: window.location.hash }),
  // On the page, for whoever needs to know that the views draw the URL (tests): equal to search + hash once they do.
  drawn: (key) => { document.documentElement.dataset.location = key; },
  listen: (onChange) => {
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  },
};

/** The location store of this page. */
const store = new LocationStore(windowUrl);

/** Sets what this page's navigations wait for before the views draw them (the app: the new view's answers). */
export function setNavigationGate(gate: NavigationGate | null): void {
  store.setGate(gate);
}

/** Moves parameters given before the hash into it, once at start, so links have one form. */
export function normalizeInitialUrl(): void {
  if (!window.location.search) return;
  const { path, params } = parseLocation(window.location.search, window.location.hash);
  window.history.replaceState(null, '', `${window.location.pathname}${toHash(path, params)}`);
}

/** Navigation options. */
export interface NavigateOptions {
  replace?: boolean;
}

/** Goes to a path with parameters (adds a history entry unless `replace`). */
export function navigate(path: string, params: Readonly<Record<string, string | undefined>>, options: NavigateOptions = {}): void {
  const hash = toHash(path, params);
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/** Display settings a link keeps from view to view: the language and the map's level (the URL's, a navigation on its way included). */
const kept = (): Record<string, string | undefined> => {
  const { params } = store.latest();
  return { lang: params.lang, map: params.map };
};

/** The current location, and setters that write parameters or go to another path (keeping `lang` and `map`). */
export function useLocation(): {
  location: Location;
  setParams: (changes: Readonly<Record<string, string | undefined>>, options?: NavigateOptions) => void;
  go: (path: string, params?: Readonly<Record<string, string | undefined>>) => void;
} {
  const location = useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
  const setParams = useCallback((changes: Readonly<Record<string, string | undefined>>, options?: NavigateOptions) => {
    // Written over the URL as it is now: a change made while a navigation waits keeps that navigation.
    const current = store.latest();
    navigate(current.path, { ...current.params, ...changes }, options);
  }, []);
  const go = useCallback((path: string, params: Readonly<Record<string, string | undefined>> = {}) => {
    navigate(path, { ...kept(), ...params });
  }, []);
  return { location, setParams, go };
}

/** A link target for a path, keeping the language and the map's level. */
export function hrefFor(path: string, params: Readonly<Record<string, string | undefined>> = {}): string {
  return toHash(path, { ...kept(), ...params });
}
