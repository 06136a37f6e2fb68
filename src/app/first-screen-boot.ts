/**
 * The first screen's switch, run as a classic script in the page's head before anything is drawn:
 * a build-time first screen shows only where it is true — the overview's (src/app/first-screen-html.ts,
 * in index.html) or a model's (first-screen-model-html.ts, a file fetched for a deep link) — with the
 * bundled data, in the language the link asks for. Shipped as its own source text (the build writes
 * `firstScreenAt` and `bootFirstScreen` into a script file), so neither may use anything outside itself.
 */

/** Where the first screen stands: the route path and language of a location. */
export interface FirstScreenAt { path: string; lang: 'vi' | 'en' }

/**
 * The route and language a location (`search`, `hash`) would have a first screen for — `null` where
 * none may show: any parameter but the language (a filter, the 34-unit map, a comparison), or
 * uploads in this browser (the first screens are of the bundled data).
 */
export function firstScreenAt(search: string, hash: string, uploads: boolean): FirstScreenAt | null {
  if (uploads) return null;
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)) || '/';
  const params = new URLSearchParams(search);
  new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)).forEach((v, k) => params.set(k, v));
  let lang: 'vi' | 'en' = 'vi';
  let other = false;
  params.forEach((v, k) => { if (k === 'lang') lang = v === 'en' ? 'en' : 'vi'; else other = true; });
  return other ? null : { path, lang };
}

/** What `<html data-first-screen-for>` holds while a first screen stands or is on its way. */
export const firstScreenKey = (at: FirstScreenAt): string => `${at.path} ${at.lang}`;

/**
 * Marks the page for its first screen, from its location and storage: `data-first-screen-for`
 * (the route and language it stands for) at once, and `data-first-screen` (its language, which the
 * styles show it in) once it is in the page. The overview's is in index.html; another route's is
 * fetched from `pages` (route path → address) and put in place of it, unless the app took the first
 * screen away meanwhile (it removes the mark).
 */
export function bootFirstScreen(uploadsKey: string, pages: Readonly<Record<string, string>>): void {
  let uploads: boolean;
  try { uploads = localStorage.getItem(uploadsKey) === '1'; } catch { uploads = false; }
  const at = firstScreenAt(location.search, location.hash, uploads);
  const url = at && at.path !== '/' ? pages[at.path] : undefined;
  if (!at || (at.path !== '/' && !url)) return;
  const root = document.documentElement;
  const key = firstScreenKey(at);
  root.setAttribute('data-first-screen-for', key);
  if (!url) { root.setAttribute('data-first-screen', at.lang); return; }
  const put = (html: string): void => {
    if (root.getAttribute('data-first-screen-for') !== key) return;
    const standing = document.getElementById('first-screen');
    // The page's body may not be parsed yet.
    if (!standing) { if (document.readyState === 'loading') setTimeout(() => put(html), 10); return; }
    standing.insertAdjacentHTML('beforebegin', html);
    standing.remove();
    root.setAttribute('data-first-screen', at.lang);
  };
  fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`)))).then(put, () => undefined);
}
