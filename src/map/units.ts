/**
 * Figures of the 63 provinces carried to the 34 units in force since 1 July 2025. The provinces
 * stay the unit of record: a unit shows its members' figures side by side ("2 of 3 deployed"),
 * never a status of its own that the sources do not give.
 */
import { PROVINCE_BY_CODE, PROVINCES, UNITS_2025, type Unit2025 } from '../domain/provinces.ts';
import { STATUS_COLORS, STATUS_COLORS_DARK } from './choropleth.ts';
import type { ProvinceFill } from './fill.ts';

/** The unit a province has belonged to since 1 July 2025. */
export const unitOf = (provinceCode: string): string => PROVINCE_BY_CODE.get(provinceCode)?.unit2025 ?? provinceCode;

/** The 34 units by code. */
export const UNIT_BY_CODE: ReadonlyMap<string, Unit2025> = new Map(UNITS_2025.map((u) => [u.code, u]));

/** The members of each unit, in the order of the 63. */
export const UNIT_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map(
  UNITS_2025.map((u) => [u.code, PROVINCES.filter((p) => p.unit2025 === u.code).map((p) => p.code)]));

/** How a unit stands on one model: every member deployed, some, none, or none known to have (legend order). */
export const UNIT_STATUSES = ['deployed', 'partial', 'not_deployed', 'unknown'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** One unit's members and their statuses for a model. */
export interface UnitCoverage {
  unit: Unit2025;
  members: { code: string; status: string }[];
  deployed: number;
  notDeployed: number;
  unknown: number;
  status: UnitStatus;
}

/** Each unit's coverage of a model, from the 63 provinces' rows. */
export function unitCoverage(rows: readonly { provinceCode: string; status: string }[]): UnitCoverage[] {
  const byCode = new Map(rows.map((r) => [r.provinceCode, r.status]));
  return UNITS_2025.map((unit) => {
    const members = (UNIT_MEMBERS.get(unit.code) ?? []).map((code) => ({ code, status: byCode.get(code) ?? 'unknown' }));
    const count = (s: string): number => members.filter((m) => m.status === s).length;
    const [deployed, notDeployed, unknown] = [count('deployed'), count('not_deployed'), count('unknown')];
    const status: UnitStatus = deployed === members.length ? 'deployed' : deployed > 0 ? 'partial' : unknown > 0 ? 'unknown' : 'not_deployed';
    return { unit, members, deployed, notDeployed, unknown, status };
  });
}

/** How many units stand each way. */
export function unitStatusCounts(units: readonly UnitCoverage[]): Record<UnitStatus, number> {
  const counts = { deployed: 0, partial: 0, not_deployed: 0, unknown: 0 };
  for (const u of units) counts[u.status] += 1;
  return counts;
}

const hex = (c: string): number[] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
/** The colour `share` of the way from `from` to `to`. */
export function mix(from: string, to: string, share: number): string {
  const [a, b] = [hex(from), hex(to)];
  return `#${a.map((x, i) => Math.round(x + ((b[i] ?? x) - x) * share).toString(16).padStart(2, '0')).join('')}`;
}

/** The pale end of the share scale: a unit where few members deployed (a share near 0, above it). */
export const SHARE_PALE = { light: '#c6dbef', dark: '#24465c' } as const;

/** How a unit is drawn: by the share of its members that deployed; hatched when none did and some are unknown. */
export function unitFill(u: UnitCoverage, dark = false): ProvinceFill {
  const colors = dark ? STATUS_COLORS_DARK : STATUS_COLORS;
  if (u.status === 'deployed') return { status: u.status, color: colors.deployed };
  if (u.status === 'not_deployed') return { status: u.status, color: colors.not_deployed };
  if (u.status === 'unknown') return { status: u.status, color: colors.unknown, hatched: true };
  return { status: u.status, color: mix(dark ? SHARE_PALE.dark : SHARE_PALE.light, colors.deployed, u.deployed / u.members.length) };
}

/** Each unit's members with a number each (models deployed, say) and their mean. */
export function unitValues(values: ReadonlyMap<string, number>): { unit: Unit2025; members: { code: string; value: number }[]; mean: number }[] {
  return UNITS_2025.map((unit) => {
    const members = (UNIT_MEMBERS.get(unit.code) ?? []).map((code) => ({ code, value: values.get(code) ?? 0 }));
    return { unit, members, mean: members.reduce((s, m) => s + m.value, 0) / Math.max(1, members.length) };
  });
}
