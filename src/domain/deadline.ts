/**
 * Deadlines as a province's plan words them ("Quý I/2024", "Năm 2023 và những năm tiếp theo",
 * "Theo lộ trình triển khai của Cục C06 …"), read into the date they end on, or into why they have
 * none. The phrase is always kept beside the date; a phrase no rule reads stays `unparsed` and is
 * reported, never guessed. Shared by the pipeline (report 004) and the upload of a tracking sheet.
 */

/** What a deadline phrase says about its end. */
export type DeadlineKind =
  /** The end of a quarter ("Quý III/2024" → 2024-09-30). */
  | 'quarter_end'
  /** The end of a year ("Năm 2023", "Trong năm 2023" → 2023-12-31). */
  | 'year_end'
  /** The end of a month ("Tháng 6/2024" → 2024-06-30). */
  | 'month_end'
  /** A day written out ("2024-06-30", "30/6/2024"). */
  | 'date'
  /** Goes on with no end ("… và những năm tiếp theo", "Thực hiện thường xuyên"). */
  | 'ongoing'
  /** Follows another body's schedule and has no date of its own ("Theo lộ trình …"). */
  | 'roadmap'
  /** No rule reads it: kept as written, with no date. */
  | 'unparsed';

/** Every kind, for the upload's vocabulary. */
export const DEADLINE_KINDS: readonly DeadlineKind[] = ['quarter_end', 'year_end', 'month_end', 'date', 'ongoing', 'roadmap', 'unparsed'];

/** A deadline read from its phrase: the phrase as written, its kind, and the ISO date it ends on (null when it has none). */
export interface Deadline {
  phrase: string;
  kind: DeadlineKind;
  date: string | null;
}

const ROMAN_QUARTER: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);

// Checked in order; each reads the whole phrase (after "Trong" and a final full stop are set aside).
const RULES: readonly { kind: DeadlineKind; re: RegExp; date: (m: RegExpExecArray) => string | null }[] = [
  { kind: 'ongoing', re: /và những năm tiếp theo|thường xuyên/i, date: () => null },
  { kind: 'roadmap', re: /^theo lộ trình\b/i, date: () => null },
  {
    kind: 'quarter_end', re: /^quý\s+(I{1,3}|IV|[1-4])\s*\/\s*(\d{4})$/i,
    date: (m) => {
      const q = ROMAN_QUARTER[(m[1] ?? '').toUpperCase()] ?? Number(m[1]);
      return iso(Number(m[2]), q * 3, lastDay(Number(m[2]), q * 3));
    },
  },
  { kind: 'year_end', re: /^năm\s+(\d{4})$/i, date: (m) => iso(Number(m[1]), 12, 31) },
  {
    kind: 'month_end', re: /^tháng\s+(\d{1,2})\s*\/\s*(\d{4})$/i,
    date: (m) => (validDay(Number(m[2]), Number(m[1]), 1) ? iso(Number(m[2]), Number(m[1]), lastDay(Number(m[2]), Number(m[1]))) : null),
  },
  { kind: 'date', re: /^(\d{4})-(\d{2})-(\d{2})$/, date: (m) => (validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null) },
  { kind: 'date', re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, date: (m) => (validDay(Number(m[3]), Number(m[2]), Number(m[1])) ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : null) },
];

/** Reads a deadline phrase; null for an empty cell (no deadline stated). */
export function parseDeadline(phrase: string | null | undefined): Deadline | null {
  const kept = (phrase ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (kept === '') return null;
  const core = kept.replace(/\.$/, '').replace(/^trong\s+/i, '');
  for (const rule of RULES) {
    const m = rule.re.exec(core);
    if (!m) continue;
    const date = rule.date(m);
    // A rule that needs a date and finds an impossible one ("Tháng 13/2024") reads nothing.
    if (date === null && rule.kind !== 'ongoing' && rule.kind !== 'roadmap') break;
    return { phrase: kept, kind: rule.kind, date };
  }
  return { phrase: kept, kind: 'unparsed', date: null };
}
