/**
 * Turning the bytes of a text file into text: UTF-8 with or without a BOM, UTF-16 (LE or BE,
 * with or without a BOM), Windows-1258 (Vietnamese, tones as combining marks) and Windows-1252.
 * Detection reads the bytes; the user can override it. Text comes out NFC.
 */

/** A text encoding the upload reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

/** Every encoding offered, in the order the user sees them. */
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'windows-1252'];

/** Whether a string names an encoding of the list. */
export const isEncoding = (value: string): value is Encoding => (ENCODINGS as readonly string[]).includes(value);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** The byte-order mark at the start, if any. */
export function bomOf(bytes: Uint8Array): Encoding | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a BOM shows as zero bytes on one side of most ASCII characters. */
function utf16Without(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Windows-1258 writes most Vietnamese tones as a combining mark after the vowel (bytes below);
// Windows-1252 reads the same bytes as Ì ì Ò ò Þ, which hardly ever follow a vowel in Western text.
const TONE_BYTES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
const VOWEL_BYTES = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0))
  .concat([0xc0, 0xc1, 0xc2, 0xc3, 0xc8, 0xc9, 0xca, 0xcd, 0xd3, 0xd4, 0xd5, 0xd9, 0xda, 0xdd])
  .concat([0xe0, 0xe1, 0xe2, 0xe3, 0xe8, 0xe9, 0xea, 0xed, 0xf3, 0xf4, 0xf5, 0xf9, 0xfa, 0xfd]));
const D_STROKE = new Set([0xd0, 0xf0]);
const ASCII_LETTER = (b: number | undefined): boolean => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/** Windows-1258 or Windows-1252, for bytes that are not UTF-8: which reading looks like Vietnamese. */
export function singleByteGuess(bytes: Uint8Array): Encoding {
  let vietnamese = 0;
  let western = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (TONE_BYTES.has(b)) {
      if (VOWEL_BYTES.has(bytes[i - 1] ?? 0)) vietnamese++; else western++;
    } else if (D_STROKE.has(b)) {
      // Đ/đ starts a syllable before a letter; Icelandic Ð/ð sits mid-word after one.
      if (ASCII_LETTER(bytes[i + 1]) && !ASCII_LETTER(bytes[i - 1])) vietnamese++; else western++;
    }
  }
  return vietnamese > 0 && vietnamese >= western ? 'windows-1258' : 'windows-1252';
}

/** The encoding the bytes most likely use. */
export function detectEncoding(bytes: Uint8Array): Encoding {
  return bomOf(bytes) ?? utf16Without(bytes) ?? (isUtf8(bytes) ? 'utf-8' : singleByteGuess(bytes));
}

/** Bytes as NFC text in the given encoding (a BOM of that encoding is dropped). */
export function decodeText(bytes: Uint8Array, encoding: Encoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.normalize('NFC');
}

/** Whether the bytes are not text at all (a NUL where UTF-16 is not in use). */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const SIGNATURES = [
  ['png', [0x89, 0x50, 0x4e, 0x47]], ['jpeg', [0xff, 0xd8, 0xff]], ['gif', [0x47, 0x49, 0x46, 0x38]], ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['gzip', [0x1f, 0x8b]], ['7z', [0x37, 0x7a, 0xbc, 0xaf]], ['rar', [0x52, 0x61, 0x72, 0x21]], ['exe', [0x4d, 0x5a]], ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['sqlite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]], ['riff', [0x52, 0x49, 0x46, 0x46]],
] as const satisfies readonly (readonly [string, readonly number[]])[];

/** A common kind of binary file, known by its first bytes. */
export type BinaryKind = (typeof SIGNATURES)[number][0];

/** The kind of a binary file by its first bytes (`png`, `pdf`, `gzip` …), when it is one of the common ones. */
export function binaryKind(bytes: Uint8Array): BinaryKind | undefined {
  return SIGNATURES.find(([, sig]) => startsWith(bytes, sig))?.[0];
}
