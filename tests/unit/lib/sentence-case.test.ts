import { describe, expect, it } from 'vitest';
import { groupName, sentenceCase } from '../../../src/lib/sentence-case.ts';
import { loadTable } from '../helpers.ts';

describe('sentence case for headings the sources write in capitals', () => {
  // The five group names of model_groups.csv, cased by hand.
  const expected: Record<string, string> = {
    I: 'Tiện ích phục vụ giải quyết TTHC và cung cấp DVC trực tuyến',
    II: 'Tiện ích phát triển kinh tế xã hội',
    III: 'Tiện ích phục vụ công dân số',
    IV: 'Số hóa, tạo lập dữ liệu dùng chung trên hệ thống cơ sở dữ liệu quốc gia về dân cư phục vụ cải cách TTHC',
    V: 'Phục vụ chỉ đạo điều hành của lãnh đạo các cấp',
  };
  it.each((loadTable('model_groups.csv').objects() as { group: string; name_vi: string }[]).map((r) => [r.group, r.name_vi]))(
    'group %s: the source keeps its capitals, the heading is in sentence case', (group, name) => {
      expect(name).toBe(name.toLocaleUpperCase('vi'));
      expect(groupName(name)).toBe(expected[group]);
    });

  it.each([
    ['acronyms without a vowel stay', 'KẾT NỐI CSDL VÀ CẤP CCCD CHO HĐND', 'Kết nối CSDL và cấp CCCD cho HĐND'],
    ['known acronyms with a vowel stay', 'BÁO CÁO CỦA UBND TỈNH VỀ CAMERA AI', 'Báo cáo của UBND tỉnh về camera AI'],
    ['punctuation is kept beside an acronym', 'GIẢI QUYẾT TTHC, DVC.', 'Giải quyết TTHC, DVC.'],
    ['decomposed letters come out as NFC', 'PHU\u0323C VU\u0323', 'Phục vụ'],
    ['text already cased by a person is left alone', 'Tiện ích VNeID cho công dân', 'Tiện ích VNeID cho công dân'],
    ['English is left alone', 'Digital citizens', 'Digital citizens'],
  ])('%s', (_, text, cased) => expect(sentenceCase(text)).toBe(cased));

  it('drops the leading "Nhóm" of a group name, whatever its case', () => {
    expect(groupName('Nhóm tiện ích phục vụ công dân số')).toBe('Tiện ích phục vụ công dân số');
    expect(groupName('Digital citizens')).toBe('Digital citizens');
  });
});
