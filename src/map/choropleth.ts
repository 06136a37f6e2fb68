/** Colours of the maps: the three coverage statuses, and classes of "models deployed". */
import { shownStatus } from '../domain/coverage.ts';
import type { ProvinceFill } from './fill.ts';

/** Colour-blind-safe status colours (Okabe–Ito blue and vermillion); unknown is hatched grey. */
export const STATUS_COLORS = { deployed: '#0072b2', not_deployed: '#d55e00', unknown: '#b9bec4' } as const;

/** The same statuses on the wall's dark background (Okabe–Ito sky blue and orange read better there). */
export const STATUS_COLORS_DARK = { deployed: '#56b4e9', not_deployed: '#e69f00', unknown: '#5b6570' } as const;

/** How a province with a coverage status is drawn (a status the list does not know, as unknown). */
export function statusFill(status: string, dark = false): ProvinceFill {
  const colors = dark ? STATUS_COLORS_DARK : STATUS_COLORS;
  const shown = shownStatus(status);
  return shown === 'unknown' ? { status: shown, color: colors.unknown, hatched: true } : { status: shown, color: colors[shown] };
}

/** A class of a sequential scale: its bounds, the text written to `data-status`, and its colour. */
export interface CountClass {
  min: number;
  max: number;
  id: string;
  color: string;
}

// ColorBrewer Blues, 6 classes: light = few, dark = many.
const BLUES = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** Six equal classes from 0 to `max` (at least 1 wide), each named by its range ("10-17"). */
export function countClasses(max: number): CountClass[] {
  const top = Math.max(max, 1);
  const width = Math.max(1, Math.ceil((top + 1) / BLUES.length));
  const classes: CountClass[] = [];
  for (let i = 0, lo = 0; lo <= top; i++, lo += width) {
    const hi = Math.min(top, lo + width - 1);
    classes.push({ min: lo, max: hi, id: lo === hi ? `${lo}` : `${lo}-${hi}`, color: BLUES[Math.min(i, BLUES.length - 1)] ?? '#08519c' });
  }
  return classes;
}

/** The class a count falls in. */
export function classOf(classes: readonly CountClass[], n: number): CountClass {
  return classes.find((c) => n >= c.min && n <= c.max) ?? classes[classes.length - 1] ?? { min: n, max: n, id: `${n}`, color: '#08519c' };
}
