import { describe, expect, it } from 'vitest';
import { parseViNumber } from '../../../src/domain/vi-number.ts';

describe('parseViNumber', () => {
  it.each([
    ['1.071.393', 1071393],
    ['69.000', 69000],
    ['1.768.291.053', 1768291053],
    ['06', 6],
    ['455', 455],
    ['96,11', 96.11],
    ['0,3', 0.3],
    ['96,11%', 96.11],
    ['88,57 %', 88.57],
    ['100%', 100],
    ['86,3 triệu', 86300000],
    ['55,25 triệu', 55250000],
    ['110,2 triệu', 110200000],
    ['1,6 tỷ', 1600000000],
    ['164,4 tỷ', 164400000000],
    ['8.280 tỷ', 8280000000000],
    ['1.234,5', 1234.5],
    ['350 nghìn', 350000],
    ['350 ngàn', 350000],
    ['2 tỉ', 2000000000],
    ['2.5 triệu', 2500000],
    ['25.78%', 25.78],
    ['1,234,567', 1234567],
    ['  86,3\n triệu ', 86300000],
    // NFD "triệu" (decomposed diacritics) must read like NFC.
    ['1,5 triệu'.normalize('NFD'), 1500000],
  ])('%j → %d', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it.each([
    ['14,452', /decimal or a thousands mark/],
    ['1.2.3', /neither thousands groups/],
    ['1,2,3', /neither thousands groups/],
    ['1,234.5', /mixed/],
    ['1.234,5,6', /mixed/],
    ['12 triệu đồng', /expected a numeral/],
    ['12 tấn', /unknown magnitude word "tấn"/],
    ['hơn 350', /expected a numeral/],
    ['1.', /not a numeral/],
    ['', /expected a numeral/],
    ['455/705', /expected a numeral/],
  ])('rejects %j', (text, message) => {
    expect(() => parseViNumber(text)).toThrow(message);
  });
});
