/**
 * The URL is the state: the route and every filter live in the hash (`#/model/13?lang=en`),
 * so back/forward work and a copied link opens the same view elsewhere. Parameters are read
 * from the query inside the hash and from the query before it (`/?lang=en#/model/13`), which
 * mean the same; the app writes them inside the hash.
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

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

let lastKey = '';
let lastLocation: Location = { path: '/', params: {} };
const snapshot = (): Location => {
  const key = `${window.location.search}${window.location.hash}`;
  if (key !== lastKey) { lastKey = key; lastLocation = parseLocation(window.location.search, window.location.hash); }
  return lastLocation;
};

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

/** Display settings a link keeps from view to view: the language and the map's level. */
const kept = (): Record<string, string | undefined> => ({ lang: snapshot().params.lang, map: snapshot().params.map });

/** The current location, and setters that write parameters or go to another path (keeping `lang` and `map`). */
export function useLocation(): {
  location: Location;
  setParams: (changes: Readonly<Record<string, string | undefined>>, options?: NavigateOptions) => void;
  go: (path: string, params?: Readonly<Record<string, string | undefined>>) => void;
} {
  const location = useSyncExternalStore(subscribe, snapshot, snapshot);
  const setParams = useCallback((changes: Readonly<Record<string, string | undefined>>, options?: NavigateOptions) => {
    const current = snapshot();
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
