/**
 * Text a spreadsheet could take for a formula or a command when it opens a CSV, and the guard that
 * stops it: an apostrophe in front. The export adds it (csv-export.ts) and the upload takes off
 * exactly the one it added (upload/cells.ts), so a downloaded table uploads back as itself and a
 * user's own leading apostrophe (`'abc`) stays.
 */

// Spaces and invisible marks a spreadsheet skips before it looks for a formula sign.
const LEAD = /^[\s\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]*/;
// = + - @ and their full-width forms, and | (a DDE command in some spreadsheets).
const SIGN = /^[=+\-@|\uff1d\uff0b\uff0d\uff20\uff5c\u2212]/;

/** Whether a spreadsheet could run the text: a formula sign after any leading spaces, or a leading tab or line end. */
export function looksLikeFormula(text: string): boolean {
  return /^[\t\r\n]/.test(text) || SIGN.test(text.replace(LEAD, ''));
}

/** Whether the text gets a guard: it looks like a formula, or it is such text behind apostrophes (so removing one is never ambiguous). */
export function needsGuard(text: string): boolean {
  let rest = text;
  while (rest.startsWith("'")) rest = rest.slice(1);
  return looksLikeFormula(rest);
}

/** The text as a CSV cell for a spreadsheet: guarded by one apostrophe when it needs it. */
export const guardFormula = (text: string): string => (needsGuard(text) ? `'${text}` : text);

/** The text as it was before `guardFormula`: one apostrophe removed where the guard put it, nothing else. */
export const unguardFormula = (text: string): string => (text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text);
