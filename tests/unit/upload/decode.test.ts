import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, looksBinary, type Encoding } from '../../../src/upload/decode.ts';
import { windows1258 } from '../../fixtures/uploads/make-files.ts';

const TEXT = 'province_code,name_vi\r\nVN-31,Bình Định\r\nVN-26,Thừa Thiên Huế\r\nVN-33,Đắk Lắk\r\n';
const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8]));
  }
  return Uint8Array.from(out);
};
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('encodings: detected, then decoded to the same NFC text', () => {
  it.each<[string, Uint8Array, Encoding, string]>([
    ['UTF-8 without BOM', new TextEncoder().encode(TEXT), 'utf-8', TEXT],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), 'utf-8', TEXT],
    ['UTF-8 decomposed', new TextEncoder().encode(TEXT.normalize('NFD')), 'utf-8', TEXT],
    ['UTF-16 LE with BOM', utf16(TEXT, false, true), 'utf-16le', TEXT],
    ['UTF-16 BE with BOM', utf16(TEXT, true, true), 'utf-16be', TEXT],
    ['UTF-16 LE without BOM', utf16(TEXT, false, false), 'utf-16le', TEXT],
    ['Windows-1258', windows1258(TEXT), 'windows-1258', TEXT],
    ['Windows-1252 (Western text)', latin1('name,city\r\nCafé Señor,Zürich\r\nÆgir Ðórsson,Reykjavík\r\n'), 'windows-1252', 'name,city\r\nCafé Señor,Zürich\r\nÆgir Ðórsson,Reykjavík\r\n'],
  ])('%s', (_name, bytes, encoding, text) => {
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes, encoding)).toBe(text);
  });

  it('a NUL byte outside UTF-16 means binary', () => {
    expect(looksBinary(Uint8Array.of(0x41, 0, 0x42), 'utf-8')).toBe(true);
    expect(looksBinary(utf16(TEXT, false, false), 'utf-16le')).toBe(false);
  });
});
