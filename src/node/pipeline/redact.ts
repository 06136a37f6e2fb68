/**
 * Removes personal data (names and phone numbers of officials and company staff, e-mail
 * addresses, signatures) from the source texts before they enter the project. The rules are
 * structural — they look at where a name stands, not at names — so no name is written here.
 * Lines that need no change keep their bytes; changed lines are rewritten in NFC.
 */

/** What replaces a removed name. */
export const NAME_REMOVED = '[họ tên đã lược bỏ]';
/** What replaces a removed phone number. */
export const PHONE_REMOVED = '[số điện thoại đã lược bỏ]';
/** What replaces a removed e-mail address. */
export const EMAIL_REMOVED = '[email đã lược bỏ]';

/** A Vietnamese mobile or landline number, with optional dot or space groups. */
export const PHONE_PATTERN = /(?<![\d])(?:\+84|0)\d{2,3}[ .]?\d{3}[ .]?\d{3,4}(?![\d])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// One to four capitalised words and nothing else: a name, or the rest of one cut by a line break.
const NAME_WORDS = /^\s*(?:\p{Lu}\p{Ll}*\s+){0,3}\p{Lu}\p{Ll}*\s*$/u;
const PERSON_TITLE = /(?<!\p{L})(Ông|Bà)\s+((?:\p{Lu}\p{Ll}*\s*){2,5})(?=[,-]|Điện thoại|$)/gu;

type LineRule = (nfc: string, index: number, lines: readonly string[]) => string | undefined;

function applyRules(raw: string, rules: readonly LineRule[]): string {
  const lines = raw.split('\n');
  const nfcLines = lines.map((l) => l.normalize('NFC'));
  return lines.map((line, i) => {
    let current = nfcLines[i] ?? '';
    let changed = false;
    for (const rule of rules) {
      const next = rule(current, i, nfcLines);
      if (next !== undefined && next !== current) { current = next; changed = true; }
    }
    return changed ? current : line;
  }).join('\n');
}

const phones: LineRule = (l) => l.replace(PHONE_PATTERN, PHONE_REMOVED);
const emails: LineRule = (l) => l.replace(EMAIL, EMAIL_REMOVED);
const titled: LineRule = (l) => l.replace(PERSON_TITLE, (_m, title: string) => `${title} ${NAME_REMOVED} `);

/** "Đ/c <name>" in the contact column of report 001; the name may run on for two more lines. */
const comrade: LineRule = (l, i, lines) => {
  if (/Đ\/c\s+\p{Lu}/u.test(l)) return l.replace(/Đ\/c\s+.*$/u, `Đ/c ${NAME_REMOVED}`);
  for (let back = 1; back <= 2; back++) {
    const prev = lines[i - back] ?? '';
    const between = lines.slice(i - back + 1, i);
    const isName = NAME_WORDS.test(l) && between.every((b) => b.trim() === '' || NAME_WORDS.test(b));
    if (/Đ\/c\s+\p{Lu}/u.test(prev) && isName) return '';
  }
  return undefined;
};

/** The signature block of a decision or letter: the name line under the signing title. */
function signature(title: RegExp, before: RegExp): LineRule {
  return (l, i, lines) => {
    if (!NAME_WORDS.test(l) || l.trim() === '') return undefined;
    const above = lines.slice(Math.max(0, i - 20), i);
    const below = lines.slice(i + 1, i + 4);
    const signed = above.some((a) => title.test(a)) && below.some((b) => before.test(b));
    return signed ? NAME_REMOVED : undefined;
  };
}

/** The drafter's name printed alone just above the signing title of report 003. */
const drafter: LineRule = (l, i, lines) => {
  const next = lines.slice(i + 1, i + 3).find((n) => n.trim() !== '') ?? '';
  return NAME_WORDS.test(l) && l.trim().split(/\s+/).length === 1 && /CHỦ TỊCH/.test(next) ? NAME_REMOVED : undefined;
};

/** Notary offices named after their notary ("Văn phòng CC <three or more names>"). */
const notary: LineRule = (l) => l.replace(/(Văn phòng CC )((?:\p{Lu}\p{Ll}*\s?){3,5})(?=[;.,]|$)/gu, `$1${NAME_REMOVED}`);

const RULES: Readonly<Record<string, readonly LineRule[]>> = {
  '001': [comrade, titled, phones, emails],
  '003': [drafter, signature(/PHÓ CHỦ TỊCH|CHỦ TỊCH/, /Phụ lục/), notary, phones, emails],
  '004': [signature(/^\s*CHỦ TỊCH\s*$/, /DANH MỤC/), phones, emails],
};

/** The text of a source file with personal data removed. `file` is its name, e.g. `001_ea79….txt`. */
export function redactSource(file: string, raw: string): string {
  const rules = RULES[file.slice(0, 3)];
  return rules ? applyRules(raw, rules) : raw;
}
