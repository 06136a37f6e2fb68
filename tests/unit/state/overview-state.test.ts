import { describe, expect, it } from 'vitest';
import { countClasses, classOf, statusFill } from '../../../src/map/choropleth.ts';
import { coverageChart, groupsParam, matrixChart, parseGroups, plainText, rankingChart } from '../../../src/state/overview-state.ts';
import { loadTable } from '../helpers.ts';

describe('group filter in the URL', () => {
  it.each([
    [undefined, []], ['', []], ['I', ['I']], ['iii,I', ['I', 'III']], ['V,X,II', ['II', 'V']],
  ])('parses %j', (param, groups) => expect(parseGroups(param)).toEqual(groups));
  it.each([[[], undefined], [['I', 'II', 'III', 'IV', 'V'], undefined], [['V', 'II'], 'II,V']])('writes %j as %j', (groups, param) => {
    expect(groupsParam(groups)).toBe(param);
  });
});

describe('map classes', () => {
  it('cuts 0–44 into six classes named by their range', () => {
    expect(countClasses(44).map((c) => c.id)).toEqual(['0-7', '8-15', '16-23', '24-31', '32-39', '40-44']);
    expect(classOf(countClasses(44), 40).id).toBe('40-44');
    expect(classOf(countClasses(44), 0).id).toBe('0-7');
  });
  it('keeps classes at least one wide for small maxima', () => {
    expect(countClasses(3).map((c) => c.id)).toEqual(['0', '1', '2', '3']);
  });
  it('hatches unknown and never leaves a status empty', () => {
    expect(statusFill('deployed')).toMatchObject({ status: 'deployed' });
    expect(statusFill('anything')).toMatchObject({ status: 'unknown', hatched: true });
  });
});

describe('matrix', () => {
  const provinces = [
    { provinceCode: 'VN-SG', nameVi: 'Hồ Chí Minh', nameEn: 'Ho Chi Minh City', region: 'southeast', gsoCode: '79', deployed: 1, notDeployed: 0, unknown: 1, models: 2 },
    { provinceCode: 'VN-HN', nameVi: 'Hà Nội', nameEn: 'Hanoi', region: 'red_river_delta', gsoCode: '01', deployed: 2, notDeployed: 0, unknown: 0, models: 2 },
  ];
  const models = [
    { modelNo: 2, group: 'I', nameVi: 'B', nameEn: 'B', deployed: 1, notDeployed: 0, unknown: 1 },
    { modelNo: 1, group: 'I', nameVi: 'A', nameEn: 'A', deployed: 2, notDeployed: 0, unknown: 0 },
  ];
  const cells = [
    { modelNo: 1, provinceCode: 'VN-HN', status: 'deployed', basis: 'listed' }, { modelNo: 1, provinceCode: 'VN-SG', status: 'deployed', basis: 'listed' },
    { modelNo: 2, provinceCode: 'VN-HN', status: 'deployed', basis: 'listed' }, { modelNo: 2, provinceCode: 'VN-SG', status: 'unknown', basis: 'no_list' },
  ];
  const labels = { deployed: 'd', notDeployed: 'n', unknown: 'u' };
  it('orders provinces by region (north first) and models by number', () => {
    const m = matrixChart(cells, provinces, models, { provinces: 'region', models: 'number' }, 'vi', labels, () => '');
    expect(m.provinceOrder).toEqual(['VN-HN', 'VN-SG']);
    expect(m.modelOrder).toEqual([1, 2]);
  });
  it('orders by name in the language, and models by coverage', () => {
    const m = matrixChart(cells, provinces, models, { provinces: 'name', models: 'coverage' }, 'en', labels, () => '');
    expect(m.provinceOrder).toEqual(['VN-HN', 'VN-SG']);
    expect(m.modelOrder).toEqual([1, 2]);
  });
  it('keeps data out of rich-text style syntax', () => expect(plainText('{a|b}')).toBe('（a|b）'));
});

describe('the coverage chart’s labels', () => {
  const models = (loadTable('models.csv').objects() as { model_no: string; group: string; name_vi: string; name_en: string }[])
    .map((m) => ({ modelNo: Number(m.model_no), group: m.group, nameVi: m.name_vi, nameEn: m.name_en, deployed: 1, notDeployed: 2, unknown: 60 }));
  const words = { deployed: 'd', notDeployed: 'n', unknown: 'u' };
  type Option = { yAxis: { data: string[]; axisLabel: { formatter: (c: string) => string } }; series: { data: unknown[] }[] };

  it.each([[1040, 13], [330, 13], [1856, 20]])('at %i px and %i px text, show every model’s whole name, a click on any line opening that model', (width, fontPx) => {
    const { option, height, modelOf } = coverageChart(models as never, 'vi', words, { width, fontPx });
    const o = option as Option;
    for (const m of models) {
      const lines = o.yAxis.data.filter((c) => modelOf(c) === m.modelNo);
      expect(lines.map((c) => o.yAxis.axisLabel.formatter(c).trim()).filter(Boolean).join(' ')).toBe(`${m.group} · ${m.modelNo}. ${m.nameVi.replace(/\s+/g, ' ').trim()}`);
    }
    // One bar per model, on the series' data items (with their model's number), none on the other lines.
    const bars = o.series[0]?.data.filter((d) => d !== '-') as { modelNo: number }[];
    expect(bars.map((b) => b.modelNo)).toEqual(models.map((m) => m.modelNo));
    expect(height).toBeGreaterThan(o.yAxis.data.length * fontPx);
  });

  it('takes more lines, and more height, on a narrower box', () => {
    const wide = coverageChart(models as never, 'vi', words, { width: 1400, fontPx: 13 });
    const narrow = coverageChart(models as never, 'vi', words, { width: 700, fontPx: 13 });
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});

describe('ranking chart', () => {
  const p = (provinceCode: string, nameVi: string, deployed: number) => ({
    provinceCode, nameVi, nameEn: nameVi, region: 'central_coast', gsoCode: provinceCode, deployed, notDeployed: 0, unknown: 0, models: 44,
  });
  it('labels every bar with its shared rank: a tie fills its places, alphabetically within it', () => {
    const option = rankingChart([p('VN-31', 'Bình Định', 30), p('VN-HN', 'Hà Nội', 40), p('VN-48', 'Đà Nẵng', 30), p('VN-32', 'Phú Yên', 29)], 'vi',
      { deployed: 'Đã triển khai', unknown: 'Chưa rõ' }) as { xAxis: { data: string[] }; series: { data: { value: number; provinceCode: string }[] }[] };
    expect(option.xAxis.data).toEqual(['1 Hà Nội', '2–3 Bình Định', '2–3 Đà Nẵng', '4 Phú Yên']);
    expect(option.series[0]?.data.map((d) => d.provinceCode)).toEqual(['VN-HN', 'VN-31', 'VN-48', 'VN-32']);
  });
});
