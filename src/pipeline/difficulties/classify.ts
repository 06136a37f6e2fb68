/** The transparent difficulty classifier: keyword rules over Vietnamese text (see rules.ts). */
import { CATEGORY_RULES, OTHER_CATEGORY } from './rules.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MATCHERS = CATEGORY_RULES.map((rule) => ({
  id: rule.id,
  patterns: rule.keywords.map((k) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(k.normalize('NFC')).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu')),
}));

/** The categories a difficulty text carries, in rule order; `['other']` when none matches. */
export function classifyDifficulty(text: string): string[] {
  const nfc = text.normalize('NFC');
  const ids = MATCHERS.filter((m) => m.patterns.some((p) => p.test(nfc))).map((m) => m.id);
  return ids.length > 0 ? ids : [OTHER_CATEGORY.id];
}

/** The keywords of each category found in a text: the reason behind a classification. */
export function explainDifficulty(text: string): Record<string, string[]> {
  const nfc = text.normalize('NFC');
  const out: Record<string, string[]> = {};
  for (const rule of CATEGORY_RULES) {
    const hits = rule.keywords.filter((_k, i) => MATCHERS.find((m) => m.id === rule.id)?.patterns[i]?.test(nfc));
    if (hits.length) out[rule.id] = hits;
  }
  return out;
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
