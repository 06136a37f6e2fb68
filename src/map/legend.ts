/**
 * A map's legend as data, for its picture (PNG, SVG): the classes and colours of the legend on
 * screen (components/Legend.tsx), with the same counts.
 */
import { COVERAGE_STATUSES } from '../domain/coverage.ts';
import { STATUS_COLORS } from './choropleth.ts';
import { SHARE_PALE, UNIT_STATUSES, type UnitStatus } from './units.ts';

/** One entry: a swatch (a colour, a gradient from `color` to `to`, or hatched) and its text. */
export interface MapLegendItem { color: string; to?: string; hatched?: boolean; label: string }
/** A legend: an optional title, then its entries in order. */
export interface MapLegend { title?: string; items: readonly MapLegendItem[] }

/** The legend of a coverage map of the 63: each status, its name and how many provinces have it. */
export function statusLegend(counts: Readonly<Record<string, number>>, name: (status: string) => string, format: (n: number) => string): MapLegend {
  return {
    items: COVERAGE_STATUSES.map((s) => ({
      color: STATUS_COLORS[s], hatched: s === 'unknown', label: `${name(s)}: ${format(counts[s] ?? 0)}`,
    })),
  };
}

/** The legend of a coverage map of the 34 units: how many units stand each way; "some" shaded by share. */
export function unitStatusLegend(counts: Readonly<Record<string, number>>, names: Readonly<Record<UnitStatus, string>>, format: (n: number) => string): MapLegend {
  const swatch = (s: UnitStatus): Omit<MapLegendItem, 'label'> =>
    s === 'partial' ? { color: SHARE_PALE.light, to: STATUS_COLORS.deployed }
      : s === 'unknown' ? { color: STATUS_COLORS.unknown, hatched: true } : { color: STATUS_COLORS[s] };
  return { items: UNIT_STATUSES.map((s) => ({ ...swatch(s), label: `${names[s]}: ${format(counts[s] ?? 0)}` })) };
}
