/** Finding comma-separated province lists in report 000, whose names break across lines. */
import { foldProvinceName, provinceCodeOf } from '../../../domain/province-names.ts';
import { PROVINCES } from '../../../domain/provinces.ts';

/** A province name as the source spells it, and the code it resolves to. */
export interface NamedProvince {
  raw: string;
  code: string;
}

const FULL_KEYS: string[] = (() => {
  const keys = new Set<string>();
  for (const p of PROVINCES) {
    for (const name of [p.nameVi, 'Thừa thiên - Huế', 'Bà Rịa Vũng Tàu']) {
      const k = foldProvinceName(name);
      for (const prefix of ['', 'tp', 'tinh', 'thanhpho']) keys.add(prefix + k);
    }
  }
  return [...keys];
})();

/** Whether `fragment` could be the beginning of a province name cut by a line break. */
function isNamePrefix(fragment: string): boolean {
  const plain = fragment.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[đð]/g, 'd').replace(/[^a-z]/g, '');
  return plain === '' || FULL_KEYS.some((k) => k.startsWith(plain));
}

const tokensOf = (text: string): string[] => text.split(',').map((t) => t.replace(/\s+/g, ' ').trim());

/**
 * The province list that starts at `lines[start]`, if one does: the longest run of lines whose
 * comma-separated tokens are all province names (the last one possibly cut by a line break).
 * Returns the names and the index of the first line after the list.
 */
export function readProvinceList(lines: readonly string[], start: number, stop: number): { names: NamedProvince[]; end: number } | undefined {
  const first = tokensOf(lines[start] ?? '')[0] ?? '';
  if (!provinceCodeOf(first) && !(tokensOf(lines[start] ?? '').length === 1 && isNamePrefix(first) && first !== '')) return undefined;
  let text = '';
  let end = start;
  for (let i = start; i < stop; i++) {
    const candidate = text === '' ? lines[i] ?? '' : `${text} ${lines[i] ?? ''}`;
    const tokens = tokensOf(candidate);
    const complete = tokens.slice(0, -1).filter((t) => t !== '');
    const last = tokens[tokens.length - 1] ?? '';
    if (!complete.every((t) => provinceCodeOf(t)) || !(provinceCodeOf(last) || isNamePrefix(last))) break;
    text = candidate;
    end = i + 1;
  }
  const names = tokensOf(text).filter((t) => t !== '').map((raw) => ({ raw, code: provinceCodeOf(raw) ?? '' }));
  if (names.length === 0 || names.some((n) => n.code === '')) return undefined;
  return { names, end };
}

// Names a free-text sentence may use for a province: the canonical name and its old tone placement.
const TEXT_NAMES: { pattern: RegExp; code: string }[] = PROVINCES.flatMap((p) => {
  const variants = new Set([p.nameVi, p.nameVi.replace('òa', 'oà').replace('óa', 'oá')]);
  return [...variants].map((v) => ({ pattern: new RegExp(`(?<![\\p{L}])${v}(?![\\p{L}])`, 'u'), code: p.code }));
});

/** Provinces named (with capitals and accents, as written) anywhere in a sentence. */
export function provincesNamedIn(text: string): NamedProvince[] {
  const flat = text.normalize('NFC').replace(/\s+/g, ' ');
  const found: NamedProvince[] = [];
  for (const { pattern, code } of TEXT_NAMES) {
    const m = pattern.exec(flat);
    if (m && !found.some((f) => f.code === code)) found.push({ raw: m[0], code });
  }
  return found.sort((a, b) => flat.indexOf(a.raw) - flat.indexOf(b.raw));
}
