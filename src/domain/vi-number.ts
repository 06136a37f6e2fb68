/**
 * Parsing of numbers as Vietnamese reports write them: dot thousands ("1.071.393"), comma
 * decimals ("96,11"), a trailing magnitude word ("86,3 triệu", "1,6 tỷ", "350 nghìn") and an
 * optional trailing "%" (the number itself is returned, e.g. "96,11%" → 96.11).
 */

const MAGNITUDES: Readonly<Record<string, number>> = {
  nghìn: 3,
  ngàn: 3,
  triệu: 6,
  tỷ: 9,
  tỉ: 9,
};

/** Integer digits and fraction digits of a numeral, before any magnitude is applied. */
interface Numeral {
  intDigits: string;
  fracDigits: string;
}

const fail = (text: string, why: string): never => {
  throw new Error(`parseViNumber: cannot read "${text}": ${why}`);
};

/** Splits a numeral written with "." and/or "," into integer and fraction digits. */
const readNumeral = (numeral: string, text: string): Numeral => {
  if (!/^\d[\d.,]*$/.test(numeral) || /[.,]$/.test(numeral)) return fail(text, 'not a numeral');
  const dots = numeral.split('.').length - 1;
  const commas = numeral.split(',').length - 1;
  const grouped = (parts: string[]): boolean =>
    /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((p) => /^\d{3}$/.test(p));

  if (dots === 0 && commas === 0) return { intDigits: numeral, fracDigits: '' };

  if (commas === 0) {
    const parts = numeral.split('.');
    // Vietnamese convention: a dot followed by exactly three digits groups thousands.
    if (grouped(parts)) return { intDigits: parts.join(''), fracDigits: '' };
    // "2.5", "25.78": a single dot that cannot be a thousands mark is a decimal point.
    if (dots === 1) return { intDigits: parts[0] ?? '', fracDigits: parts[1] ?? '' };
    return fail(text, 'dots are neither thousands groups nor a single decimal point');
  }

  if (dots === 0) {
    const parts = numeral.split(',');
    if (commas === 1) {
      const frac = parts[1] ?? '';
      // "14,452" is 14.452 in Vietnamese but 14452 where a comma groups thousands.
      if (frac.length === 3) return fail(text, 'a comma followed by three digits may be a decimal or a thousands mark');
      return { intDigits: parts[0] ?? '', fracDigits: frac };
    }
    if (grouped(parts)) return { intDigits: parts.join(''), fracDigits: '' };
    return fail(text, 'commas are neither thousands groups nor a single decimal comma');
  }

  // Both marks: only "1.234,5" (dot thousands, comma decimal) is Vietnamese.
  const [whole = '', frac = ''] = numeral.split(',');
  if (commas === 1 && numeral.lastIndexOf('.') < numeral.indexOf(',') && grouped(whole.split('.'))) {
    return { intDigits: whole.split('.').join(''), fracDigits: frac };
  }
  return fail(text, 'mixed "." and "," in an order that is not dot-thousands, comma-decimal');
};

/** Parses a Vietnamese-written number such as "1.071.393", "96,11", "86,3 triệu" or "1,6 tỷ"; throws on anything ambiguous. */
export function parseViNumber(text: string): number {
  const s = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = /^(\d[\d.,]*)(?: ?(%)| (\p{L}+))?$/u.exec(s);
  if (!m) return fail(text, 'expected a numeral, optionally followed by "%" or nghìn/triệu/tỷ');
  const [, numeral = '', , word] = m;
  let exponent = 0;
  if (word !== undefined) {
    const e = MAGNITUDES[word.toLowerCase()];
    if (e === undefined) return fail(text, `unknown magnitude word "${word}"`);
    exponent = e;
  }
  const { intDigits, fracDigits } = readNumeral(numeral, text);
  // Scaling in decimal notation keeps "86,3 triệu" exactly 86300000 (86.3 * 1e6 is not).
  return Number(`${intDigits}${fracDigits}e${exponent - fracDigits.length}`);
}
