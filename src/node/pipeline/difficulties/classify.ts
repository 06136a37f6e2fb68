/**
 * The transparent difficulty classifier: the phrase rules of rules.ts over Vietnamese text. A
 * phrase is words matched whole, with any spacing; `…` stands for up to a few words of the same
 * clause; a lowercase letter matches either case and a capital only a capital ("Bộ" is the
 * ministry, not "bộ phận"). A rule's `except` phrases are blanked out of the text, as a clause
 * break, before its own phrases are looked for.
 */
import { CATEGORY_RULES, OTHER_CATEGORY, PROGRESS_RULE } from './rules.ts';

/** How many words `…` may stand for. */
export const GAP_WORDS = 8;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A letter written in lower case matches both cases; any other character matches itself.
const letter = (ch: string): string => {
  const up = ch.toLocaleUpperCase('vi');
  return ch !== up && up.length === 1 ? `[${ch}${up}]` : escape(ch);
};
const words = (segment: string): string => segment.trim().split(/\s+/).map((w) => [...w].map(letter).join('')).join('\\s+');
// Up to GAP_WORDS words (after a comma, if any), none of them crossing the end of a clause.
const GAP = `,?(?:\\s+[^\\s.;:!?()]+){0,${GAP_WORDS}}\\s+`;

const parts = (phrase: string): string[] => phrase.split(/\s*(?:…|\.\.\.)\s*/).filter(Boolean);

/** The regular expression of a phrase; `global` to find every occurrence. */
export function phrasePattern(phrase: string, global = false): RegExp {
  const body = parts(phrase.normalize('NFC')).map(words).join(GAP);
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, global ? 'gu' : 'u');
}

// Each phrase keeps the lowercase words of its parts: a text lacking one cannot match, and
// looking for plain words first spares most of the regular expressions.
interface Pattern { phrase: string; words: string[]; re: RegExp }
interface Compiled { phrases: Pattern[]; except: Pattern[] }

const plain = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');
const pattern = (global: boolean) => (phrase: string): Pattern => ({ phrase, words: parts(plain(phrase)), re: phrasePattern(phrase, global) });
const compile = (phrases: readonly string[], except: readonly string[] = []): Compiled =>
  ({ phrases: phrases.map(pattern(false)), except: except.map(pattern(true)) });
const mayMatch = (p: Pattern, lower: string): boolean => p.words.every((w) => lower.includes(w));

/** The phrases of a compiled rule found in the text once its exceptions are blanked out. */
function hits(rule: Compiled, text: string): string[] {
  const lower = plain(text);
  const left = rule.except.reduce((t, p) => (mayMatch(p, lower) ? t.replace(p.re, ' ; ') : t), text);
  const leftLower = plain(left);
  return rule.phrases.filter((p) => mayMatch(p, leftLower) && p.re.test(left)).map((p) => p.phrase);
}

const CATEGORIES = CATEGORY_RULES.map((r) => ({ id: r.id, rule: compile(r.phrases, r.except) }));
const PROGRESS = compile(PROGRESS_RULE.phrases);
const STILL_A_DIFFICULTY = compile(PROGRESS_RULE.unless);

/** The phrases of each category found in a text: the reason behind its classification. */
export function explainDifficulty(text: string): Record<string, string[]> {
  const nfc = text.normalize('NFC');
  const out: Record<string, string[]> = {};
  for (const { id, rule } of CATEGORIES) {
    const found = hits(rule, nfc);
    if (found.length) out[id] = found;
  }
  return out;
}

/** The categories a difficulty text carries, in rule order; `['other']` when none matches. */
export function classifyDifficulty(text: string): string[] {
  const ids = Object.keys(explainDifficulty(text));
  return ids.length > 0 ? ids : [OTHER_CATEGORY.id];
}

/** Why a text is or is not progress: the progress phrases found, and the words of a difficulty that overrule them. */
export function explainNature(text: string): { progress: string[]; difficulty: string[] } {
  const nfc = text.normalize('NFC');
  return { progress: hits(PROGRESS, nfc), difficulty: hits(STILL_A_DIFFICULTY, nfc) };
}

/** `progress` for a text that reports work done or under way and names nothing wrong; `difficulty` otherwise. */
export function classifyNature(text: string): 'difficulty' | 'progress' {
  const why = explainNature(text);
  return why.progress.length > 0 && why.difficulty.length === 0 ? 'progress' : 'difficulty';
}

/**
 * Splits a difficulty cell into its sentences: at bullets ("- …", "* …", "(1) …") and at full stops
 * followed by a capital (with or without the space the source sometimes forgets). The sentences keep the source's words exactly.
 */
export function splitSentences(cell: string): string[] {
  return cell.normalize('NFC')
    .split(/\n|\s(?=[-*]\s?\p{Lu})|\s(?=\(\d+\)\s)|(?<=[.!?…])\s+(?=[\p{Lu}-])|(?<=\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/u)
    .map((s) => s.replace(/^[-*]\s*/, '').replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}{2,}/u.test(s));
}
