/**
 * The first screen's switch, run as a classic script in the page's head before anything is drawn:
 * the build-time first screen (src/app/first-screen-html.ts) shows only on the overview with the
 * bundled data, in the language the link asks for. Shipped as its own source text (the build writes
 * `firstScreenLang` and `bootFirstScreen` into a script file), so neither may use anything outside itself.
 */

/**
 * The language the first screen shows in for a location (`search`, `hash`) — `null` where it must
 * not show: another route than the overview, any parameter but the language (a filter, the 34-unit
 * map, a comparison), or uploads in this browser (the first screen is of the bundled data).
 */
export function firstScreenLang(search: string, hash: string, uploads: boolean): 'vi' | 'en' | null {
  if (uploads) return null;
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)) || '/';
  if (path !== '/') return null;
  const params = new URLSearchParams(search);
  new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)).forEach((v, k) => params.set(k, v));
  let lang: 'vi' | 'en' = 'vi';
  let other = false;
  params.forEach((v, k) => { if (k === 'lang') lang = v === 'en' ? 'en' : 'vi'; else other = true; });
  return other ? null : lang;
}

/** Marks the page (`<html data-first-screen="vi|en">`) for the first screen's styles, from this page's location and storage. */
export function bootFirstScreen(uploadsKey: string): void {
  let uploads: boolean;
  try { uploads = localStorage.getItem(uploadsKey) === '1'; } catch { uploads = false; }
  const lang = firstScreenLang(location.search, location.hash, uploads);
  if (lang) document.documentElement.setAttribute('data-first-screen', lang);
}
