/**
 * The build-time first screen (see first-screen-html.ts) stands over the app while it
 * starts; it goes once a live map has drawn its shapes, or the reader goes elsewhere, or the app
 * takes too long (then the app's own notices show).
 */

import { firstScreenLang } from './first-screen-boot.ts';
import { mayHaveUploads } from '../data/editions/edition-store.ts';

const ATTR = 'data-first-screen';

/** Takes the first screen away for good, shown or not (at once; a second call does nothing). */
export function releaseFirstScreen(): void {
  document.documentElement.removeAttribute(ATTR);
  document.getElementById('first-screen')?.remove();
}

/** The longest the first screen stands: after that, the app shows whatever state it is in. */
export const FIRST_SCREEN_MAX_MS = 15_000;

/**
 * Takes the first screen away unless it shows and the page's location is still one it is drawn for
 * (not another route, a filter, the other language): a first screen that does not show leaves no
 * copy of the overview's words in the page.
 */
export function releaseFirstScreenIfElsewhere(): void {
  const shown = document.documentElement.getAttribute(ATTR);
  if (shown === null || firstScreenLang(window.location.search, window.location.hash, mayHaveUploads()) !== shown) releaseFirstScreen();
}
