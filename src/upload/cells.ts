/**
 * Reading one cell by its column's rule: tolerant of what spreadsheets do to values (spaces,
 * numbers stored as text with thousands marks, dates as dd/mm/yyyy or Excel serials, any spelling
 * of a province), strict about what the value must be. Values come out as canonical text.
 */
import { provinceCodeOf, suggestProvince } from '../domain/province-names.ts';
import { looksLikeFormula, unguardFormula } from '../lib/formula-guard.ts';
import { foldWord } from '../domain/fold.ts';
import { LIMITS } from './limits.ts';
import type { AcceptedValue, NoteKind, ProblemKind } from './problems.ts';
import type { ColumnRule, Domain } from './table-rules.ts';

/** A cell read: its canonical value (null for empty) and what was tolerated, or what is wrong. */
export type CellResult =
  | { ok: true; value: string | null; note?: NoteKind; detail?: string }
  | { ok: false; problem: ProblemKind; detail?: string; range?: readonly [number, number]; accepted?: readonly AcceptedValue[] };

const SPACES = /^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g;
// Control characters no spreadsheet writes in a cell (tab and line ends are text): a damaged or binary file.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const CONTROL = new RegExp(CONTROLS.source);
/** Text with its control characters made visible (U+FFFD), for showing a cell that holds them. */
export const visibleControls = (text: string): string => text.replace(CONTROLS, '\ufffd');

// Bidirectional controls (embeddings, overrides, isolates, marks): U+202E makes "gnp.exe" of "exe.png".
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Text with its bidirectional control characters removed (outside text may not reorder what the app shows). */
export const stripBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');

/** A cell with outer spaces (also no-break and zero-width ones) removed. */
export const trimCell = (raw: string): string => raw.replace(SPACES, '');

/** A cell with the export's formula guard removed: one leading apostrophe, only where the export put it. */
export const unescapeFormula = unguardFormula;

const MARKUP = /<\s*\/?\s*[a-z!?]/i;
// Noted as formula-like: what a spreadsheet could run, less a plain signed number or a "- " bullet.
const formulaLike = (text: string): boolean => looksLikeFormula(text) && !/^[-+\u2212\uff0b\uff0d][\d\s.,]/.test(text.trimStart());

/** Reads a free-text cell: kept as written (a cell of spaces only is empty). */
function readText(raw: string): CellResult {
  if (trimCell(raw) === '') return { ok: true, value: null };
  const value = unguardFormula(raw);
  if (formulaLike(value)) return { ok: true, value, note: 'formula_text' };
  if (MARKUP.test(value)) return { ok: true, value, note: 'markup_text' };
  return { ok: true, value };
}

/** A number written plainly, with thousands marks (dot, comma, space) or a decimal comma; NaN otherwise. */
export function parseLooseNumber(text: string): number {
  const s = text.replace(/^'/, '').replace(/[\s\u00a0]/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number(s);
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[+-]/, '');
  // 1.234.567 / 1.234,5 (Vietnamese) and 1,234,567 / 1,234.5 (English); a lone "1,5" is a decimal comma.
  // "14,452" is 14.452 in Vietnamese and 14452 in English: `isAmbiguousNumber` tells the caller.
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body);
  if (m) return sign * Number(`${(m[1] ?? '').replace(/\./g, '')}.${m[2] ?? '0'}`);
  m = /^(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/.exec(body) ?? /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(body);
  if (m) return sign * Number(`${(m[1] ?? '').replace(/,/g, '')}.${m[2] ?? '0'}`);
  m = /^(\d+),(\d+)$/.exec(body);
  if (m) return sign * Number(`${m[1]}.${m[2]}`);
  return Number.NaN;
}

/** Whether a number is written so that it means two things: one comma before exactly three digits ("14,452"). */
export const isAmbiguousNumber = (text: string): boolean => /^[+-]?\d{1,3},\d{3}$/.test(text.replace(/[\s\u00a0]/g, ''));

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const validDate = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2200 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** An ISO date from ISO, d/m/yyyy (day first, as in Vietnam), yyyy/m/d or an Excel serial day; null if none. */
export function parseLooseDate(text: string): string | null {
  const s = text.replace(/^'/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  // Excel's serial day (1900 system): 25569 is 1 January 1970. Only plausible years are read so.
  if (/^\d{5}(\.0+)?$/.test(s)) {
    const serial = Number(s);
    if (serial >= 18_264 && serial <= 109_574) return new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

export { foldWord } from '../domain/fold.ts';

/** The problem of a number outside its column's domain, if it is. */
const outside = (n: number, domain: Domain | undefined): CellResult | undefined =>
  (domain && (n < domain.min || n > domain.max) ? { ok: false, problem: 'out_of_domain', detail: domain.of, range: [domain.min, domain.max] } : undefined);

/** Reads one cell by its column's rule. */
export function readCell(rule: ColumnRule, raw: string): CellResult {
  if (raw.length > LIMITS.cellChars) return { ok: false, problem: 'cell_too_long', detail: String(LIMITS.cellChars) };
  const control = CONTROL.exec(raw)?.[0];
  if (control) return { ok: false, problem: 'control_character', detail: `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
  if (rule.kind === 'text') return readText(raw);
  const s = trimCell(raw);
  if (s === '') return { ok: true, value: null };
  switch (rule.kind) {
    case 'integer':
    case 'model': {
      if (isAmbiguousNumber(s)) return { ok: false, problem: 'ambiguous_number' };
      // "1.234" is a thousand and some in Vietnamese, never 1.234 in a column of whole numbers.
      const n = /^\d{1,3}(\.\d{3})+$/.test(s) ? Number(s.replace(/\./g, '')) : parseLooseNumber(s);
      // Out of its domain first: "must be from 0 to 63" says more about 1e308 than "not a whole number".
      const refused = rule.kind === 'integer' && Number.isFinite(n) ? outside(n, rule.domain) : undefined;
      if (refused) return refused;
      if (!Number.isSafeInteger(n)) return { ok: false, problem: 'not_integer' };
      if (rule.kind === 'model' && (n < 1 || n > rule.max)) return { ok: false, problem: 'out_of_range', detail: `1–${rule.max}` };
      return { ok: true, value: String(n), note: String(n) === s ? undefined : 'number_text' };
    }
    case 'number': {
      if (isAmbiguousNumber(s)) return { ok: false, problem: 'ambiguous_number' };
      const n = parseLooseNumber(s);
      if (!Number.isFinite(n)) return { ok: false, problem: 'not_number' };
      const refused = outside(n, rule.domain);
      if (refused) return refused;
      return { ok: true, value: String(n), note: String(n) === s ? undefined : 'number_text' };
    }
    case 'date': {
      if (rule.yearAlone && /^\d{4}$/.test(s)) return { ok: true, value: s };
      const iso = parseLooseDate(s);
      if (!iso) return { ok: false, problem: 'not_date' };
      return { ok: true, value: iso, note: iso === s ? undefined : 'date_text' };
    }
    case 'province': {
      const code = provinceCodeOf(s);
      if (code) return { ok: true, value: code, note: code === s ? undefined : 'province_name', detail: code };
      const guess = suggestProvince(s);
      return { ok: false, problem: 'unknown_province', detail: guess };
    }
    case 'enum': {
      if (rule.values.includes(s)) return { ok: true, value: s };
      const folded = foldWord(s);
      const hit = rule.values.find((v) => foldWord(v) === folded) ?? rule.aliases?.[folded];
      if (hit) return { ok: true, value: hit };
      return { ok: false, problem: 'not_allowed', detail: rule.values.join(', '), accepted: rule.values.map((v) => ({ value: v, word: rule.words?.[v] })) };
    }
  }
}
