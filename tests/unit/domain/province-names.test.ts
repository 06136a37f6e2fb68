import { describe, expect, it } from 'vitest';
import { UnknownProvinceError, provinceCodeOf, resolveProvince, suggestProvince } from '../../../src/domain/province-names.ts';
import { PROVINCES } from '../../../src/domain/provinces.ts';

describe('provinceCodeOf', () => {
  // Every spelling listed in docs/data-notes.md, plus the slips of the Natural Earth file.
  it.each([
    ['TP. Hà Nội', 'VN-HN'], ['TP Hải Phòng', 'VN-HP'], ['Thành phố Hồ Chí Minh', 'VN-SG'], ['Tỉnh Hà Nam', 'VN-63'],
    ['Thừa thiên - Huế', 'VN-26'], ['Bà Rịa-Vũng Tàu', 'VN-43'], ['Bà Rịa Vũng Tàu', 'VN-43'], ['Bắc Kan', 'VN-53'],
    ['Hoà Bình', 'VN-14'], ['Hòa Bình', 'VN-14'], ['Khánh Hoà', 'VN-34'], ['Thanh Hoá', 'VN-21'], ['Nam Định ', 'VN-67'],
    ['Quàng Nam', 'VN-27'], ['Ðong Tháp', 'VN-45'], ['Ha Noi', 'VN-HN'], ['Son La', 'VN-05'], ['Ha Tinh', 'VN-23'],
    ['TP.HCM', 'VN-SG'], ['Ho Chi Minh City', 'VN-SG'], ['vn-31', 'VN-31'], ['52', 'VN-31'], ['Đăk Lăk', 'VN-33'],
  ])('%s → %s', (name, code) => expect(provinceCodeOf(name)).toBe(code));

  it('resolves decomposed (NFD) input', () => expect(provinceCodeOf('Thừa Thiên Huế'.normalize('NFD'))).toBe('VN-26'));

  it('resolves every canonical and English name to its own code', () => {
    for (const p of PROVINCES) {
      expect(provinceCodeOf(p.nameVi)).toBe(p.code);
      expect(provinceCodeOf(p.nameEn)).toBe(p.code);
    }
  });

  it('does not guess at names it does not know', () => {
    for (const name of ['Huế Nam', 'Sài Gòn Mới', 'Việt Nam', '', 'Bình', 'Quảng']) expect(provinceCodeOf(name)).toBeUndefined();
  });
});

describe('resolveProvince', () => {
  it('throws an error naming the name and where it was found', () => {
    expect(() => resolveProvince('Hà Nộii', 'coverage.csv, row 12')).toThrow(UnknownProvinceError);
    expect(() => resolveProvince('Hà Nộii', 'coverage.csv, row 12')).toThrow('Unknown province "Hà Nộii" in coverage.csv, row 12 (did you mean Hà Nội?)');
  });

  it('suggests the closest name for a near miss and nothing for nonsense', () => {
    expect(suggestProvince('Bac Ninhh')).toBe('VN-56');
    expect(suggestProvince('Quang Ngai')).toBe('VN-29');
    expect(suggestProvince('xxxxxxxxxxxx')).toBeUndefined();
  });
});
