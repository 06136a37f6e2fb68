import { describe, expect, it } from 'vitest';
import type { ChartClick } from '../../../src/charts/EChart.tsx';
import { countClasses, classOf, statusFill } from '../../../src/map/choropleth.ts';
import {
  coverageChart, coverageClick, groupsParam, matrixChart, matrixClick, parseGroups, rankingChart, rankingClick, rankingLabel,
} from '../../../src/state/overview-state.ts';
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
  it('puts province codes and model numbers on its axes, labelled by name and number', () => {
    const { option } = matrixChart(cells, provinces, models, { provinces: 'region', models: 'number' }, 'en', labels, () => '');
    const o = option as { xAxis: { data: string[]; axisLabel: { formatter: (v: string) => string } }; yAxis: { data: string[] } };
    expect(o.xAxis.data).toEqual(['VN-HN', 'VN-SG']);
    expect(o.xAxis.data.map(o.xAxis.axisLabel.formatter)).toEqual(['Hanoi', 'Ho Chi Minh City']);
    expect(o.yAxis.data).toEqual(['1', '2']);
  });
  it.each<[string, ChartClick, string | null]>([
    ['a cell', { componentType: 'series', data: { modelNo: 2, provinceCode: 'VN-SG', status: 'unknown' } }, '/model/2'],
    ['a province', { componentType: 'xAxis', value: 'VN-SG' }, '/province/VN-SG'],
    ['a model', { componentType: 'yAxis', value: '13' }, '/model/13'],
    ['an empty label', { componentType: 'xAxis', value: '' }, null],
    ['the legend', { componentType: 'visualMap' }, null],
  ])('a click on %s leads to %s', (_what, click, to) => expect(matrixClick(click)).toBe(to));
});

describe('the coverage chart’s labels', () => {
  const models = (loadTable('models.csv').objects() as { model_no: string; group: string; name_vi: string; name_en: string }[])
    .map((m) => ({ modelNo: Number(m.model_no), group: m.group, nameVi: m.name_vi, nameEn: m.name_en, deployed: 1, notDeployed: 2, unknown: 60 }));
  const words = { deployed: 'd', notDeployed: 'n', unknown: 'u' };
  type Option = { yAxis: { data: string[]; axisLabel: { formatter: (c: string) => string } }; series: { data: unknown[] }[] };

  it.each([[1040, 13], [330, 13], [1856, 20]])('at %i px and %i px text, show every model’s whole name, a click on any line opening that model', (width, fontPx) => {
    const { option, height } = coverageChart(models as never, 'vi', words, { width, fontPx });
    const o = option as Option;
    for (const m of models) {
      // A model's lines are its number, then its number and the line (13, 13.1, 13.bar).
      const lines = o.yAxis.data.filter((c) => c === String(m.modelNo) || c.startsWith(`${m.modelNo}.`));
      expect(lines[0]).toBe(String(m.modelNo));
      expect(lines.map((c) => o.yAxis.axisLabel.formatter(c).trim()).filter(Boolean).join(' ')).toBe(`${m.group} · ${m.modelNo}. ${m.nameVi.replace(/\s+/g, ' ').trim()}`);
      for (const c of lines) expect(coverageClick({ componentType: 'yAxis', value: c })).toBe(`/model/${m.modelNo}`);
    }
    // One bar per model, on the series' data items (with their model's number), none on the other lines.
    const bars = o.series[0]?.data.filter((d) => d !== '-') as { modelNo: number }[];
    expect(bars.map((b) => b.modelNo)).toEqual(models.map((m) => m.modelNo));
    expect(height).toBeGreaterThan(o.yAxis.data.length * fontPx);
  });

  it.each<[string, ChartClick, string | null]>([
    ['a bar', { componentType: 'series', data: { value: 3, modelNo: 17 } }, '/model/17'],
    ['a first line', { componentType: 'yAxis', value: '13' }, '/model/13'],
    ['a second line', { componentType: 'yAxis', value: '13.1' }, '/model/13'],
    ['a bar’s own line', { componentType: 'yAxis', value: '4.bar' }, '/model/4'],
    ['no category', { componentType: 'yAxis', value: 'x' }, null],
    ['the legend', { componentType: 'legend' }, null],
  ])('a click on %s leads to %s', (_what, click, to) => expect(coverageClick(click)).toBe(to));

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
  const rows = [p('VN-31', 'Bình Định', 30), p('VN-HN', 'Hà Nội', 40), p('VN-48', 'Đà Nẵng', 30), p('VN-32', 'Phú Yên', 29)];
  it('labels every bar with its shared rank: a tie fills its places, alphabetically within it', () => {
    const option = rankingChart(rows, 'vi', { deployed: 'Đã triển khai', unknown: 'Chưa rõ' }) as {
      xAxis: { data: string[]; axisLabel: { formatter: (code: string) => string } };
      tooltip: { axisPointer: { label: { formatter: (p: { value: string }) => string } } };
      series: { data: { value: number; provinceCode: string }[] }[];
    };
    expect(option.xAxis.data).toEqual(['VN-HN', 'VN-31', 'VN-48', 'VN-32']);
    expect(option.xAxis.data.map(option.xAxis.axisLabel.formatter)).toEqual(['1 Hà Nội', '2–3 Bình Định', '2–3 Đà Nẵng', '4 Phú Yên']);
    expect(option.tooltip.axisPointer.label.formatter({ value: 'VN-48' })).toBe('2–3 Đà Nẵng');
    expect(option.series[0]?.data.map((d) => d.provinceCode)).toEqual(['VN-HN', 'VN-31', 'VN-48', 'VN-32']);
    expect(rankingLabel(rows, 'vi')('VN-99')).toBe('VN-99');
  });
  it.each<[string, ChartClick, string | null]>([
    ['a column', { componentType: 'series', data: { value: 30, provinceCode: 'VN-31' } }, '/province/VN-31'],
    ['a label', { componentType: 'xAxis', value: 'VN-48' }, '/province/VN-48'],
    ['the legend', { componentType: 'legend' }, null],
  ])('a click on %s leads to %s', (_what, click, to) => expect(rankingClick(click)).toBe(to));
});
