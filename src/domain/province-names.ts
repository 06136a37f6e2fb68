/**
 * The one province normalizer: every input path (source parsing, uploads, URL parameters,
 * map features) turns a province name or code into its ISO 3166-2 code here.
 */
import { PROVINCES, PROVINCE_BY_CODE } from './provinces.ts';

// Spellings that folding alone does not reach: other names, short forms, English forms.
const EXTRA_ALIASES: Record<string, readonly string[]> = {
  'VN-SG': ['TP.HCM', 'TP HCM', 'HCM', 'Sài Gòn', 'Ho Chi Minh', 'Thành phố Hồ Chí Minh'],
  'VN-HN': ['Hanoi', 'Ha Noi'],
  'VN-26': ['Huế', 'Thừa Thiên - Huế', 'Thua Thien-Hue'],
  'VN-43': ['Bà Rịa Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Vũng Tàu', 'BR-VT'],
  'VN-33': ['Đắc Lắc', 'Đăk Lăk', 'Daklak'],
  'VN-72': ['Đăk Nông', 'Đắc Nông', 'Daknong'],
};

const PREFIX = /^(tinh|thanh pho|tp|t p)\s+/;

/**
 * Folds a spelling to a comparison key: NFC, lower case, the Icelandic Ð read as Đ, accents
 * and tone marks dropped (so old and new tone placement agree), punctuation and spaces
 * removed, and the prefixes "Tỉnh", "Thành phố", "TP." dropped.
 */
export function foldProvinceName(name: string): string {
  const lower = name.normalize('NFC').toLowerCase().replace(/[ðđ]/g, 'd');
  const plain = lower.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
  const words = plain.replace(/[^a-z0-9]+/g, ' ').trim().replace(PREFIX, '');
  return words.replace(/\s+/g, '');
}

const KEY_TO_CODE = new Map<string, string>();
for (const p of PROVINCES) {
  for (const spelling of [p.nameVi, p.nameEn, p.code, p.gso, ...(EXTRA_ALIASES[p.code] ?? [])]) {
    const key = foldProvinceName(spelling);
    const prior = KEY_TO_CODE.get(key);
    if (prior && prior !== p.code) throw new Error(`spelling "${spelling}" folds to a key of ${prior} too`);
    KEY_TO_CODE.set(key, p.code);
  }
}

/** The ISO code for a province name, code or statistics code in any known spelling, or undefined. */
export function provinceCodeOf(name: string): string | undefined {
  const trimmed = name.normalize('NFC').trim();
  if (PROVINCE_BY_CODE.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return KEY_TO_CODE.get(foldProvinceName(trimmed));
}

/** An error for a name no spelling matches, saying which name and where it was found. */
export class UnknownProvinceError extends Error {
  constructor(readonly province: string, readonly where: string, readonly suggestion?: string) {
    super(`Unknown province "${province}" in ${where}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
    this.name = 'UnknownProvinceError';
  }
}

/** The ISO code for a province name; throws `UnknownProvinceError` naming the name and `where`. */
export function resolveProvince(name: string, where: string): string {
  const code = provinceCodeOf(name);
  if (code) return code;
  const guess = suggestProvince(name);
  throw new UnknownProvinceError(name, where, guess ? PROVINCE_BY_CODE.get(guess)?.nameVi : undefined);
}

/** The closest known province to a misspelt name (edit distance ≤ 3 on folded keys), or undefined. */
export function suggestProvince(name: string): string | undefined {
  const key = foldProvinceName(name);
  if (!key) return undefined;
  let best: { code: string; d: number } | undefined;
  for (const [k, code] of KEY_TO_CODE) {
    const d = editDistance(key, k);
    if (d <= 3 && (!best || d < best.d)) best = { code, d };
  }
  return best?.code;
}

/** The Levenshtein distance between two strings (insertions, deletions and substitutions, one each). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
