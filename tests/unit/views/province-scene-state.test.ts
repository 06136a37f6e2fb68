import { describe, expect, it } from 'vitest';
import { difficultiesSceneChart, provinceSceneChart, provinceSceneFills } from '../../../src/views/wall/scenes/chart-scenes-state.ts';
import { compare, rankFromGroups } from '../../../src/state/province-state.ts';
import { csvRows } from '../helpers.ts';

const axisLabels = (axis: unknown, ids: readonly string[]): string[] => {
  const formatter = (axis as { axisLabel: { formatter: (id: string) => string } }).axisLabel.formatter;
  return ids.map(formatter);
};

// Group counts per province as the query gives them, built by hand from coverage.csv and models.csv.
function groupCounts() {
  const groupOf = new Map(csvRows('models.csv').map((m) => [m.model_no, m.group ?? '']));
  const regionOf = new Map(csvRows('provinces.csv').map((p) => [p.province_code, p.region ?? '']));
  const rows = new Map<string, { provinceCode: string; region: string; group: string; models: number; deployed: number; notDeployed: number; unknown: number }>();
  for (const c of csvRows('coverage.csv')) {
    const key = `${c.province_code}|${groupOf.get(c.model_no)}`;
    const r = rows.get(key) ?? { provinceCode: c.province_code ?? '', region: regionOf.get(c.province_code) ?? '', group: groupOf.get(c.model_no) ?? '', models: 0, deployed: 0, notDeployed: 0, unknown: 0 };
    r.models += 1;
    if (c.status === 'deployed') r.deployed += 1;
    else if (c.status === 'not_deployed') r.notDeployed += 1;
    else r.unknown += 1;
    rows.set(key, r);
  }
  return [...rows.values()];
}

describe("the wall's province scene", () => {
  it('lights the province, or its unit on the 34-unit map, and darkens every other shape', () => {
    const provinces = provinceSceneFills('VN-31', 'province');
    expect(provinces.size).toBe(63);
    expect([...provinces].filter(([, f]) => f.status === 'selected').map(([c]) => c)).toEqual(['VN-31']);
    const units = provinceSceneFills('VN-31', 'unit');
    expect(units.size).toBe(34);
    // Bình Định is part of Gia Lai (VN-30) since 1 July 2025.
    expect([...units].filter(([, f]) => f.status === 'selected').map(([c]) => c)).toEqual(['VN-30']);
  });

  it('ranks the province over all groups as counting coverage.csv by hand ranks it (ties share places)', () => {
    const counts = groupCounts();
    const totals = new Map<string, number>();
    for (const c of csvRows('coverage.csv')) totals.set(c.province_code ?? '', (totals.get(c.province_code ?? '') ?? 0) + (c.status === 'deployed' ? 1 : 0));
    const mine = totals.get('VN-31') ?? 0;
    const above = [...totals.values()].filter((v) => v > mine).length;
    const tied = [...totals.values()].filter((v) => v === mine).length;
    expect(rankFromGroups(counts, 'VN-31')).toEqual({ first: above + 1, last: above + tied, of: 63, tied });
  });

  it("charts the groups by id, labelled with each group's number of models, the national average to one decimal", () => {
    const cmp = compare(groupCounts(), 'VN-31');
    if (!cmp) throw new Error('no comparison');
    const o = provinceSceneChart(cmp, { province: 'Bình Định', national: 'National average' }) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(o.xAxis.data).toEqual(['I', 'II', 'III', 'IV', 'V']);
    const perGroup = new Map<string, number>();
    for (const m of csvRows('models.csv')) perGroup.set(m.group ?? '', (perGroup.get(m.group ?? '') ?? 0) + 1);
    expect(axisLabels(o.xAxis, o.xAxis.data)).toEqual(o.xAxis.data.map((g) => `${g} (${perGroup.get(g)})`));
    expect(o.series.map((s) => s.name)).toEqual(['Bình Định', 'National average']);
    for (const v of o.series[1]!.data) expect(Math.round(v * 10) / 10).toBe(v);
  });

  it('charts causes by id and labels them in the language', () => {
    const o = difficultiesSceneChart([{ category: 'finance', sentences: 3, total: 5 }], 'en') as { yAxis: { data: string[] } };
    expect(o.yAxis.data).toEqual(['finance']);
    expect(axisLabels(o.yAxis, ['finance'])).toEqual(['Funding and cost']);
  });
});
