/**
 * Headings the sources write in capitals ("NHÓM TIỆN ÍCH PHỤC VỤ CÔNG DÂN SỐ"), shown in sentence case.
 * Acronyms stay in capitals: a word with no vowel (TTHC, DVC, CSDL, CCCD, HĐND) or a known one with a
 * vowel (UBND, AI …). Text that already has lower-case letters was cased by a person and is left as it is.
 * The data keep the source's text; this is only how it is shown.
 */

const ACRONYMS_WITH_VOWELS = new Set(['UBND', 'AI', 'IOC', 'SOC', 'ID', 'KIOSK', 'VNEID']);

/** Whether a word in capitals is an acronym: no vowel once tone marks are stripped, or a known one. */
function isAcronym(word: string): boolean {
  const letters = word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^\p{L}]/gu, '');
  return letters !== '' && (!/[AEIOUY]/.test(letters) || ACRONYMS_WITH_VOWELS.has(letters));
}

const capitalised = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A text in capitals in sentence case, acronyms kept; any other text unchanged. */
export function sentenceCase(text: string): string {
  const s = text.normalize('NFC').trim();
  if (/\p{Ll}/u.test(s)) return s;
  return capitalised(s.split(/(\s+)/).map((w) => (isAcronym(w) ? w : w.toLocaleLowerCase('vi'))).join(''));
}

/** A group's name as a heading: without the leading "Nhóm" (the group's number already says it), in sentence case. */
export const groupName = (name: string): string => capitalised(sentenceCase(name.normalize('NFC').trim().replace(/^nhóm\s+/iu, '')));
