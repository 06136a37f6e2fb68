/** Text helpers shared by the source parsers. */

/** NFC, with every run of whitespace (line breaks included) folded to one space and trimmed. */
export const flatten = (raw: string): string => raw.normalize('NFC').replace(/\s+/g, ' ').trim();

/** NFC lines with trailing spaces removed; empty lines dropped. */
export const nonEmptyLines = (raw: string): string[] =>
  raw.normalize('NFC').split(/\r?\n/).map((l) => l.replace(/\s+$/u, '')).filter((l) => l.trim() !== '');
