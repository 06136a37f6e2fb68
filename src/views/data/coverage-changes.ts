/** Pure shaping of coverage status changes for the upload preview: grouped by model, map fills and tooltips. */
import { COMMON, statusLabel } from '../../i18n/common.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { ProvinceFill, ProvinceTip } from '../../map/fill.ts';
import type { MapLevel } from '../../map/geo-data.ts';
import { MAP_MESSAGES } from '../../map/messages.ts';
import { shapeTip } from '../../map/tips.ts';
import { statusFill } from '../../map/choropleth.ts';
import { UNIT_MEMBERS } from '../../map/units.ts';
import type { StatusChange } from '../../upload/diff.ts';
import { UPLOAD } from './upload-messages.ts';

/** The changes of one model. */
export interface ModelChanges {
  modelNo: number;
  changes: StatusChange[];
}

/** Status changes grouped by model, the model with most changes first (then by number). */
export function byModel(changes: readonly StatusChange[]): ModelChanges[] {
  const groups = new Map<number, StatusChange[]>();
  for (const c of changes) groups.set(c.modelNo, [...(groups.get(c.modelNo) ?? []), c]);
  return [...groups].map(([modelNo, list]) => ({ modelNo, changes: list }))
    .sort((a, b) => b.changes.length - a.changes.length || a.modelNo - b.modelNo);
}

/** A province that keeps its status: drawn pale, so the changes stand out. */
export const UNCHANGED_FILL: ProvinceFill = { status: 'unchanged', color: '#eceff1' };

/** Map fills for one model: each changed province in the colour of its new status (`to-<status>`), the rest pale. */
export function changeFills(codes: readonly string[], changes: readonly StatusChange[]): Map<string, ProvinceFill> {
  const fills = new Map<string, ProvinceFill>(codes.map((c) => [c, UNCHANGED_FILL]));
  for (const c of changes) {
    const fill = statusFill(c.after ?? 'unknown');
    fills.set(c.provinceCode, { ...fill, status: `to-${c.after ?? 'removed'}` });
  }
  return fills;
}

/** A unit whose changed members do not all move to one status. */
export const MIXED_FILL: ProvinceFill = { status: 'to-mixed', color: '#7b5ea7' };

/**
 * The same on the map of the 34 units of 2025: a unit with no changed member pale; one whose
 * changed members all move to one status in that status' colour; otherwise "mixed".
 */
export function unitChangeFills(changes: readonly StatusChange[]): Map<string, ProvinceFill> {
  const byProvince = new Map(changes.map((c) => [c.provinceCode, c]));
  return new Map([...UNIT_MEMBERS].map(([unit, members]) => {
    const changed = members.flatMap((m) => byProvince.get(m) ?? []);
    const after = [...new Set(changed.map((c) => c.after ?? 'removed'))];
    if (changed.length === 0) return [unit, UNCHANGED_FILL];
    if (after.length > 1) return [unit, MIXED_FILL];
    const [to = 'removed'] = after;
    return [unit, { ...statusFill(to === 'removed' ? 'unknown' : to), status: `to-${to}` }];
  }));
}

/** The change map's tooltips: each province's status before → after (or unchanged); a unit's former provinces with theirs. */
export function changeTip(changes: readonly StatusChange[], level: MapLevel, lang: Lang): (code: string) => ProvinceTip {
  const m = UPLOAD[lang];
  const common = COMMON[lang];
  const byCode = new Map(changes.map((c) => [c.provinceCode, c]));
  const label = (s: string | null): string => (s === null ? m.statusNone : statusLabel(common, s));
  const line = (code: string): string => { const c = byCode.get(code); return c ? `${label(c.before)} → ${label(c.after)}` : m.statusUnchanged; };
  const parts = { lines: (c: string) => [line(c)], membersHeading: MAP_MESSAGES[lang].unitMembers };
  return (code) => shapeTip(code, level, lang, parts);
}
