import { describe, expect, it } from 'vitest';
import { nameTip, rowNames, shapeTip } from '../../../src/map/tips.ts';
import { deployedTip } from '../../../src/state/overview-state.ts';
import { coverageTip } from '../../../src/state/model-state.ts';
import { comparisonTip } from '../../../src/state/province-state.ts';
import { changeTip } from '../../../src/views/data/coverage-changes.ts';

// Hand facts: since 1 July 2025 Bình Định (VN-31) and Gia Lai (VN-30) form the unit Gia Lai (VN-30);
// Hà Nội (VN-HN) is a unit of its own; Thừa Thiên Huế (VN-26) became the city of Huế.
const lines = (code: string): string[] => (code === 'VN-XX' ? [] : [`line of ${code}`]);
const parts = { lines, membersHeading: 'Former provinces:' };

describe('one rule for every map tooltip (shapeTip)', () => {
  it('a province: its name and its lines', () => {
    expect(shapeTip('VN-31', 'province', 'vi', parts)).toEqual({ title: 'Bình Định', lines: ['line of VN-31'] });
    expect(shapeTip('VN-31', 'province', 'en', parts)).toEqual({ title: 'Binh Dinh', lines: ['line of VN-31'] });
  });
  it('a code the data have no row for: its name, no lines; a code of no province: the code itself', () => {
    expect(shapeTip('VN-XX', 'province', 'en', parts)).toEqual({ title: 'VN-XX', lines: [] });
  });
  it('a unit of several former provinces: its own lines, the heading, each former province named with its line', () => {
    const tip = shapeTip('VN-30', 'unit', 'en', { ...parts, unit: (c, members) => [`${c} has ${members.length}`] });
    expect(tip).toEqual({ title: 'Gia Lai', lines: ['VN-30 has 2', 'Former provinces:', 'Binh Dinh: line of VN-31', 'Gia Lai: line of VN-30'] });
  });
  it("a unit of one province: its own lines, then the province's, no list", () => {
    expect(shapeTip('VN-HN', 'unit', 'vi', { ...parts, unit: () => ['own'] })).toEqual({ title: 'Hà Nội', lines: ['own', 'line of VN-HN'] });
    expect(shapeTip('VN-26', 'unit', 'en', parts).title).toBe('Hue');
    expect(shapeTip('VN-26', 'province', 'en', parts).title).toBe('Thua Thien Hue');
  });
  it("a former province's line can differ from its lines, and an empty one leaves the name alone", () => {
    const tip = shapeTip('VN-30', 'unit', 'en', { ...parts, member: (c) => (c === 'VN-31' ? '' : 'x') });
    expect(tip.lines).toEqual(['Former provinces:', 'Binh Dinh', 'Gia Lai: x']);
  });
  it('names come from the rows when given (an uploaded file may rename), else from the domain', () => {
    const name = rowNames([{ provinceCode: 'VN-31', nameVi: 'Tên <b>mới</b>', nameEn: 'New' }], 'vi');
    expect(name('VN-31')).toBe('Tên <b>mới</b>');
    expect(name('VN-30')).toBe('Gia Lai');
  });
  it('a map without its own tooltips names its shapes', () => {
    expect(nameTip('unit', 'en')('VN-26')).toEqual({ title: 'Hue', lines: [] });
    expect(nameTip('province', 'vi')('VN-26')).toEqual({ title: 'Thừa Thiên Huế', lines: [] });
  });
});

const names = (provinceCode: string, nameVi: string, nameEn: string) => ({ provinceCode, nameVi, nameEn });

describe("each map's tooltips", () => {
  it('overview: models deployed and not reported; a unit its mean and each former province', () => {
    const row = (code: string, vi: string, en: string, deployed: number, unknown: number) => ({ ...names(code, vi, en), region: '', gsoCode: '', deployed, notDeployed: 0, unknown, models: 44 });
    const tip = deployedTip([row('VN-31', 'Bình Định', 'Binh Dinh', 30, 2), row('VN-30', 'Gia Lai', 'Gia Lai', 25, 0)], 'province', 'en');
    expect(tip('VN-31')).toEqual({ title: 'Binh Dinh', lines: ['30 of 44 models deployed', 'Not reported (unknown): 2 models'] });
    expect(tip('VN-30').lines).toEqual(['25 of 44 models deployed']);
    const unit = deployedTip([row('VN-31', 'Bình Định', 'Binh Dinh', 30, 2), row('VN-30', 'Gia Lai', 'Gia Lai', 25, 0)], 'unit', 'vi')('VN-30');
    // (30 + 25) / 2 = 27.5, written the Vietnamese way.
    expect(unit).toEqual({ title: 'Gia Lai', lines: ['Trung bình các tỉnh cũ: 27,5 mô hình', 'Gồm các tỉnh cũ:', 'Bình Định: 30/44 mô hình đã triển khai', 'Gia Lai: 25/44 mô hình đã triển khai'] });
  });
  it("a model's map: status and basis; a unit its share deployed and each former province's status", () => {
    const row = (code: string, en: string, status: string) => ({ ...names(code, en, en), regionVi: '', regionEn: '', status, basis: 'listed', namedAs: null, source: '', asOf: '' });
    const rows = [row('VN-31', 'Binh Dinh', 'deployed'), row('VN-30', 'Gia Lai', 'unknown'), row('VN-HN', 'Hanoi', 'not_deployed')];
    expect(coverageTip(rows, 'province', 'en')('VN-31')).toEqual({ title: 'Binh Dinh', lines: ['Deployed', 'Named in the list'] });
    expect(coverageTip(rows, 'unit', 'en')('VN-30')).toEqual({ title: 'Gia Lai', lines: ['1 of 2 former provinces deployed', 'Former provinces:', 'Binh Dinh: Deployed', 'Gia Lai: Not reported (unknown)'] });
    expect(coverageTip(rows, 'unit', 'en')('VN-HN')).toEqual({ title: 'Hanoi', lines: ['0 of 1 former provinces deployed', 'Not deployed', 'Named in the list'] });
  });
  it("a province's map: region and models deployed, the same on the page and the brief", () => {
    const row = (code: string, en: string, deployed: number) => ({ ...names(code, en, en), gsoCode: '', kind: 'province', region: 'r', regionVi: 'Vùng', regionEn: 'Region', deployed, unknown: 0 });
    const tip = comparisonTip([row('VN-31', 'Binh Dinh', 30), row('VN-30', 'Gia Lai', 25)], 44, 'unit', 'en');
    expect(tip('VN-30')).toEqual({ title: 'Gia Lai', lines: ['Former provinces:', 'Binh Dinh: 30 of 44 models deployed', 'Gia Lai: 25 of 44 models deployed'] });
    expect(comparisonTip([row('VN-31', 'Binh Dinh', 30)], 44, 'province', 'vi')('VN-31').lines).toEqual(['Vùng', '30/44 mô hình đã triển khai']);
  });
  it("the upload's change map: before → after, or unchanged", () => {
    const tip = changeTip([{ modelNo: 1, provinceCode: 'VN-31', before: 'not_deployed', after: 'deployed' }], 'unit', 'en');
    expect(tip('VN-30')).toEqual({ title: 'Gia Lai', lines: ['Former provinces:', 'Binh Dinh: Not deployed → Deployed', 'Gia Lai: Unchanged'] });
    expect(changeTip([{ modelNo: 1, provinceCode: 'VN-31', before: null, after: 'unknown' }], 'province', 'vi')('VN-31').lines).toEqual(['không có → Chưa rõ (không có trong báo cáo)']);
  });
});
