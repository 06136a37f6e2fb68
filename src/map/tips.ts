/**
 * What a map's tooltips say, built the same way on every map: the shared rules (a shape's title,
 * a unit of 2025 listing its former provinces) are here; each map gives only its own lines.
 * Pure: the text is plain and reaches the page through text nodes (tooltip.ts) and aria-labels.
 */
import { provinceName } from '../domain/provinces.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { ProvinceTip } from './fill.ts';
import type { MapLevel } from './geo-data.ts';
import { UNIT_BY_CODE, UNIT_MEMBERS } from './units.ts';

/** The parts of one map's tooltips. */
export interface TipParts {
  /** A province's name as the data write it (a loaded file may rename it); by default the domain's name. */
  name?(code: string): string;
  /** The lines about one province: none when the data have no row for it. */
  lines(code: string): readonly string[];
  /** One former province's line in its unit's list; by default its lines, joined. */
  member?(code: string): string;
  /** A unit's own lines, above its former provinces (34-unit map only). */
  unit?(code: string, members: readonly string[]): readonly string[];
  /** The heading of a unit's list of former provinces. */
  membersHeading: string;
}

/**
 * The tooltip of one shape of a map at `level`: a province's name and lines; a unit's name, its
 * own lines, then either its only province's lines or each former province named with its line.
 */
export function shapeTip(code: string, level: MapLevel, lang: Lang, parts: TipParts): ProvinceTip {
  const name = parts.name ?? ((c: string) => provinceName(c, lang));
  if (level === 'province' || !UNIT_BY_CODE.has(code)) return { title: name(code), lines: [...parts.lines(code)] };
  const members = UNIT_MEMBERS.get(code) ?? [code];
  const title = shapeName(code, level, lang);
  const own = parts.unit?.(code, members) ?? [];
  if (members.length === 1) return { title, lines: [...own, ...parts.lines(code)] };
  const member = parts.member ?? ((c: string) => parts.lines(c).join(', '));
  const listed = members.map((c) => { const line = member(c); return line ? `${name(c)}: ${line}` : name(c); });
  return { title, lines: [...own, parts.membersHeading, ...listed] };
}

/** A shape's name: the unit's on the 34-unit map, else the province's (the code itself for an unknown code). */
export function shapeName(code: string, level: MapLevel, lang: Lang): string {
  const unit = level === 'unit' ? UNIT_BY_CODE.get(code) : undefined;
  return unit ? (lang === 'en' ? unit.nameEn : unit.nameVi) : provinceName(code, lang);
}

/** The tooltips of a map that says nothing but its shapes' names (the wall's, which nobody points at). */
export const nameTip = (level: MapLevel, lang: Lang) => (code: string): ProvinceTip => ({ title: shapeName(code, level, lang), lines: [] });

/** The names a map's rows give their provinces, in the language, the domain's name for a code without a row. */
export function rowNames(rows: readonly { provinceCode: string; nameVi: string; nameEn: string }[], lang: Lang): (code: string) => string {
  const byCode = new Map(rows.map((r) => [r.provinceCode, lang === 'en' ? r.nameEn : r.nameVi]));
  return (code) => byCode.get(code) ?? provinceName(code, lang);
}
