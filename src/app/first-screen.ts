/**
 * The build-time first screen (see first-screen-html.ts) stands over the app while it
 * starts; it goes once a live map has drawn its shapes, or the reader goes elsewhere, or the app
 * takes too long (then the app's own notices show).
 */

import { firstScreenAt, firstScreenKey } from './first-screen-boot.ts';
import { mayHaveUploads } from '../data/editions/edition-store.ts';

const SHOWN = 'data-first-screen';
const FOR = 'data-first-screen-for';

/** Takes the first screen away for good, shown, on its way or not (at once; a second call does nothing). */
export function releaseFirstScreen(): void {
  document.documentElement.removeAttribute(SHOWN);
  document.documentElement.removeAttribute(FOR);
  document.getElementById('first-screen')?.remove();
}

/** The longest the first screen stands: after that, the app shows whatever state it is in. */
export const FIRST_SCREEN_MAX_MS = 15_000;

/**
 * Takes the first screen away unless the page's location is still the one it was drawn for (not
 * another route, a filter, the other language): a first screen that does not show leaves no copy of
 * a view's words in the page.
 */
export function releaseFirstScreenIfElsewhere(): void {
  const standsFor = document.documentElement.getAttribute(FOR);
  const at = firstScreenAt(window.location.search, window.location.hash, mayHaveUploads());
  if (standsFor === null || at === null || firstScreenKey(at) !== standsFor) releaseFirstScreen();
}
