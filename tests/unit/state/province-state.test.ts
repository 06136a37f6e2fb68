import { countByStatus } from '../../../src/domain/coverage.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartClick } from '../../../src/charts/EChart.tsx';
import {
  groupCountsSql, hanoiModelsSql, provinceDetailSql, provinceDiscrepanciesSql, provinceModelsSql, provinceReportSql, unitMembersSql,
  type GroupCountRow, type HanoiModelRow, type ProvinceDetailRow, type ProvinceDiscrepancyRow, type ProvinceModelRow,
  type ProvinceReportModelRow, type UnitMemberRow,
} from '../../../src/data/queries/province.ts';
import {
  compare, comparisonChart, comparisonClick, COMPARISON_COLORS, contradicts, filterRows, GROUPS, groupsOf, hanoiDownload,
  hanoiRole, hasReport, modelCsvRows, oneOf, rankOf, regionFills, reportCounts, reportCsvRows, reportStatusOf, type ComparisonLabels,
} from '../../../src/state/province-state.ts';
import { appDb } from '../helpers.ts';

// Inline fixtures: four provinces in two regions, two groups (5 and 18 models).
const gc = (provinceCode: string, region: string, group: string, models: number, deployed: number): GroupCountRow =>
  ({ provinceCode, region, group, models, deployed, notDeployed: models - deployed, unknown: 0 });
const GROUP_COUNTS: GroupCountRow[] = [
  gc('P1', 'r1', 'I', 5, 4), gc('P1', 'r1', 'II', 18, 10),
  gc('P2', 'r1', 'I', 5, 2), gc('P2', 'r1', 'II', 18, 6),
  gc('P3', 'r2', 'I', 5, 5), gc('P3', 'r2', 'II', 18, 18),
  gc('P4', 'r2', 'I', 5, 1), gc('P4', 'r2', 'II', 18, 0),
];
const LABELS: ComparisonLabels = { province: 'P', region: 'R', national: 'N', group: (g, n) => `${g} (${n})` };

const model = (modelNo: number, group: string, status: string): ProvinceModelRow => ({
  provinceCode: 'P1', modelNo, group, groupVi: null, groupEn: null, nameVi: `Mô hình ${modelNo}`, nameEn: `Model ${modelNo}`,
  status, basis: 'listed', namedAs: null, source: '000.txt', asOf: '2024-06-19',
});
const MODELS = [model(1, 'I', 'deployed'), model(2, 'I', 'not_deployed'), model(6, 'II', 'unknown'), model(7, 'II', 'deployed')];

const report = (modelNo: number, nationalStatus: string, localNo: number | null, reportStatus: string | null): ProvinceReportModelRow => ({
  provinceCode: 'P1', modelNo, group: modelNo < 6 ? 'I' : 'II', nameVi: `Mô hình ${modelNo}`, nameEn: `Model ${modelNo}`,
  nationalStatus, nationalBasis: 'listed', nationalSource: '000.txt', nationalAsOf: '2024-06-19', localNo,
  reportNameVi: localNo === null ? null : `Tên ${modelNo}`, reportStatus, statusText: null, leadAgency: localNo === null ? null : 'Công an tỉnh',
  deadline: null, source: localNo === null ? null : '003.txt', planSource: localNo === null ? null : '004.txt', asOf: localNo === null ? null : '2024-11-15',
});
const REPORT = [
  report(1, 'deployed', 1, 'completed'), report(2, 'not_deployed', null, null), report(3, 'deployed', 2, 'not_started'),
  report(6, 'deployed', 3, 'waiting'), report(7, 'unknown', 4, 'in_progress'), report(8, 'not_deployed', 5, 'not_started'),
];
const hanoi = (hanoiNo: number, source: string): HanoiModelRow => ({
  hanoiNo, nameVi: `Mô hình Hà Nội ${hanoiNo}`, track: 'added', modelNo: null, matchBasis: null, modelNameVi: null, modelNameEn: null,
  leadAgency: null, progress: null, result: null, source, asOf: '2024-11-15',
});

describe('rank by models deployed, ties sharing a range of places', () => {
  const rows = [{ provinceCode: 'A', deployed: 10 }, { provinceCode: 'B', deployed: 8 }, { provinceCode: 'C', deployed: 8 },
    { provinceCode: 'D', deployed: 8 }, { provinceCode: 'E', deployed: 5 }];
  it.each([
    ['A', { first: 1, last: 1, of: 5, tied: 1 }],
    ['B', { first: 2, last: 4, of: 5, tied: 3 }],
    ['D', { first: 2, last: 4, of: 5, tied: 3 }],
    ['E', { first: 5, last: 5, of: 5, tied: 1 }],
    ['X', null],
  ])('%s', (code, rank) => expect(rankOf(rows, code)).toEqual(rank));
});

describe('the province beside its region and the country', () => {
  it('averages per group and in total, the region including the province', () => {
    expect(compare(GROUP_COUNTS, 'P1')).toEqual({
      groups: [
        { group: 'I', models: 5, province: 4, region: 3, national: 3 },
        { group: 'II', models: 18, province: 10, region: 8, national: 8.5 },
      ],
      total: { group: '', models: 23, province: 14, region: 11, national: 11.5 },
      regionSize: 2,
      nationalSize: 4,
    });
  });
  it('is null for a province not in the rows', () => expect(compare(GROUP_COUNTS, 'P9')).toBeNull());
});

describe('the comparison chart', () => {
  const cmp = compare(GROUP_COUNTS, 'P3');
  if (!cmp) throw new Error('fixture');
  it.each([
    [null, [1, 1]],
    ['II', [0.3, 1]],
  ])('with group %s selected: one category per group, the three series, other groups dimmed', (selected, opacity) => {
    const option = comparisonChart(cmp, LABELS, selected) as {
      xAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
      tooltip: { axisPointer: { label: { formatter: (p: { value: string }) => string } } };
      series: { name: string; data: { value: number; groupId: string; itemStyle: { opacity: number } }[] }[];
    };
    // The categories are the groups' ids; the labels (and the tooltip's heading) name them with their count of models.
    expect(option.xAxis.data).toEqual(['I', 'II']);
    expect(option.xAxis.data.map(option.xAxis.axisLabel.formatter)).toEqual(['I (5)', 'II (18)']);
    expect(option.tooltip.axisPointer.label.formatter({ value: 'II' })).toBe('II (18)');
    expect(option.series.map((s) => s.name)).toEqual(['P', 'R', 'N']);
    expect(option.series.map((s) => s.data.map((d) => d.value))).toEqual([[5, 18], [3, 9], [3, 8.5]]);
    expect(option.series[0]?.data.map((d) => d.itemStyle.opacity)).toEqual(opacity);
    expect(option.series[0]?.data.map((d) => d.groupId)).toEqual(['I', 'II']);
  });
  it("sizes its text by the page's type scale", () => {
    const option = comparisonChart(cmp, LABELS, null, 20) as { xAxis: { axisLabel: { fontSize: number } }; legend: { textStyle: { fontSize: number } } };
    expect([option.xAxis.axisLabel.fontSize, option.legend.textStyle.fontSize]).toEqual([20, 20]);
  });
  it('rounds averages to one decimal', () => {
    const rows = [gc('A', 'r', 'I', 5, 1), gc('B', 'r', 'I', 5, 1), gc('C', 'r', 'I', 5, 2)];
    const c = compare(rows, 'A');
    if (!c) throw new Error('fixture');
    const option = comparisonChart(c, LABELS, null) as { series: { data: { value: number }[] }[] };
    expect(option.series[1]?.data[0]?.value).toBe(1.3);
  });
  it.each<[string, ChartClick, string | null, Record<string, string | undefined> | null]>([
    ['a bar', { componentType: 'series', data: { groupId: 'II' } }, null, { group: 'II' }],
    ['an axis label', { componentType: 'xAxis', value: 'I' }, null, { group: 'I' }],
    ['the selected group’s label', { componentType: 'xAxis', value: 'I' }, 'I', { group: undefined }],
    ['another group’s bar', { componentType: 'series', data: { groupId: 'II' } }, 'I', { group: 'II' }],
    ['an unknown group', { componentType: 'xAxis', value: 'VI' }, null, null],
    ['a label’s text', { componentType: 'xAxis', value: 'I (5)' }, null, null],
    ['the legend', { componentType: 'legend' }, null, null],
  ])('a click on %s (selected: %s)', (_what, click, selected, changes) => expect(comparisonClick(click, cmp, selected)).toEqual(changes));
});

describe('map fills', () => {
  const provinces = [{ provinceCode: 'P1', region: 'r1' }, { provinceCode: 'P2', region: 'r1' }, { provinceCode: 'P3', region: 'r2' }];
  it.each([
    ['P1', { P1: 'selected', P2: 'same_region', P3: 'other' }],
    ['P3', { P1: 'other', P2: 'other', P3: 'selected' }],
    ['P9', { P1: 'other', P2: 'other', P3: 'other' }],
  ])('around %s', (code, classes) => {
    const fills = regionFills(provinces, code);
    expect(Object.fromEntries([...fills].map(([c, f]) => [c, f.status]))).toEqual(classes);
    for (const f of fills.values()) expect(f.color).toBe(COMPARISON_COLORS[f.status as keyof typeof COMPARISON_COLORS]);
  });
});

describe('filters and counts', () => {
  it.each([
    ['II', undefined, 'II'], ['VI', undefined, null], [undefined, undefined, null],
  ])('URL group %s', (value, _x, group) => expect(oneOf(value, GROUPS)).toBe(group));
  it('counts national statuses', () => expect(countByStatus(MODELS)).toEqual({ deployed: 2, not_deployed: 1, unknown: 1 }));
  it.each<[string | null, string | null, number[]]>([
    [null, null, [1, 2, 6, 7]], ['I', null, [1, 2]], [null, 'deployed', [1, 7]], ['II', 'deployed', [7]], ['III', null, []],
  ])('group %s, status %s', (group, status, nos) =>
    expect(filterRows(MODELS, group, status ? (r) => r.status === status : null).map((r) => r.modelNo)).toEqual(nos));
  it('lists the groups present, in order', () => expect(groupsOf([...MODELS].reverse()).map((r) => r.group)).toEqual(['I', 'II']));
});

describe("a province's own report", () => {
  it('exists when any model has a local number', () => {
    expect(hasReport(REPORT)).toBe(true);
    expect(hasReport(REPORT.filter((r) => r.localNo === null))).toBe(false);
  });
  it('counts rows per status, models missing from its list apart', () => {
    expect(REPORT.map(reportStatusOf)).toEqual(['completed', 'absent', 'not_started', 'waiting', 'in_progress', 'not_started']);
    expect(reportCounts(REPORT)).toEqual([
      { status: 'completed', count: 1 }, { status: 'in_progress', count: 1 }, { status: 'waiting', count: 1 },
      { status: 'not_started', count: 2 }, { status: 'unclear', count: 0 }, { status: 'absent', count: 1 },
    ]);
  });
  it('flags a model counted as deployed nationally that the province says has not started or waits, and the reverse', () => {
    expect(REPORT.filter(contradicts).map((r) => r.modelNo)).toEqual([3, 6]);
    expect(contradicts(report(9, 'not_deployed', 6, 'in_progress'))).toBe(true);
    expect(contradicts(report(9, 'unknown', 6, 'not_started'))).toBe(false);
  });
  it("gives a missing model's CSV row the report's source and date", () => {
    const [row] = reportCsvRows(REPORT.filter((r) => r.modelNo === 2), REPORT);
    expect(row).toMatchObject({ model_no: 2, in_province_list: false, local_no: null, status: null, source: '003.txt', plan_source: '004.txt', as_of: '2024-11-15', national_status: 'not_deployed' });
  });
  it('writes the shown rows of the 44-model table with source and as_of', () =>
    expect(modelCsvRows(MODELS.slice(0, 1))).toEqual([{ province_code: 'P1', model_no: 1, group: 'I', name_vi: 'Mô hình 1', name_en: 'Model 1',
      status: 'deployed', basis: 'listed', named_as: null, source: '000.txt', as_of: '2024-06-19' }]));
});

describe("Hà Nội's models", () => {
  const rows = [hanoi(1, '003.txt'), hanoi(2, '003.txt')];
  it.each([
    ['VN-HN', REPORT, 'own'], ['P1', REPORT, 'registration'], ['P1', REPORT.filter((r) => r.localNo === null), null], ['P2', [], null],
  ] as const)('on %s', (code, rep, role) => expect(hanoiRole(code, rep, rows)).toBe(role));
  it("leave the registration columns out of Hà Nội's own download", () => {
    expect(hanoiDownload('own').columns.map((c) => c.key)).toEqual(['hanoi_no', 'name_vi', 'model_no', 'match_basis', 'source', 'as_of']);
    expect(hanoiDownload('registration').columns.map((c) => c.key)).toContain('binh_dinh_lead_agency');
  });
});

// The SQL builders bound and run in DuckDB (Node) on the committed tables, loaded as the app loads them.
describe('the queries behind the view, on data/', () => {
  let db: Awaited<ReturnType<typeof appDb>>;
  const all = <T,>(sql: string): Promise<T[]> => db.all<T>(sql);
  beforeAll(async () => { db = await appDb(); });
  afterAll(async () => { await db.close(); });

  it("Bình Định: its region, its 2025 unit and the unit's members", async () => {
    const [detail] = await all<ProvinceDetailRow>(provinceDetailSql('VN-31'));
    expect(detail).toMatchObject({ nameVi: 'Bình Định', region: 'central_coast', unitCode: 'VN-30', unitNameVi: 'Gia Lai', unitSeatCode: 'VN-31' });
    expect((await all<UnitMemberRow>(unitMembersSql('VN-31'))).map((r) => r.provinceCode)).toEqual(['VN-31', 'VN-30']);
    expect((await all<UnitMemberRow>(unitMembersSql('VN-HN'))).map((r) => r.provinceCode)).toEqual(['VN-HN']);
  });

  it('Bình Định: 31 of 44 deployed, 5 not, 8 unknown; 28th–32nd of 63; region average 408/14', async () => {
    const models = await all<ProvinceModelRow>(provinceModelsSql('VN-31'));
    expect(models).toHaveLength(44);
    expect(countByStatus(models)).toEqual({ deployed: 31, not_deployed: 5, unknown: 8 });
    const counts = await all<GroupCountRow>(groupCountsSql());
    expect(counts).toHaveLength(63 * 5);
    const cmp = compare(counts, 'VN-31');
    expect(cmp?.total).toMatchObject({ models: 44, province: 31, region: 408 / 14 });
    expect(cmp?.regionSize).toBe(14);
    const totals = [...new Set(counts.map((r) => r.provinceCode))]
      .map((p) => ({ provinceCode: p, deployed: counts.filter((r) => r.provinceCode === p).reduce((s, r) => s + r.deployed, 0) }));
    expect(rankOf(totals, 'VN-31')).toEqual({ first: 28, last: 32, of: 63, tied: 5 });
    expect(rankOf(totals, 'VN-27')).toEqual({ first: 63, last: 63, of: 63, tied: 1 });
  });

  it("Bình Định's report: 42 models listed, 2 and 23 not; its summary 14/20/8 against 12/17/4", async () => {
    const rows = await all<ProvinceReportModelRow>(provinceReportSql('VN-31'));
    expect(rows).toHaveLength(44);
    expect(rows.filter((r) => r.localNo === null).map((r) => r.modelNo)).toEqual([2, 23]);
    expect(Object.fromEntries(reportCounts(rows).map((c) => [c.status, c.count])))
      .toEqual({ completed: 12, in_progress: 17, waiting: 4, not_started: 5, unclear: 4, absent: 2 });
    expect(rows.filter(contradicts).map((r) => r.modelNo)).toEqual([10, 19]);
    const summary = (await all<ProvinceDiscrepancyRow>(provinceDiscrepanciesSql('VN-31'))).filter((d) => d.kind === 'summary_vs_rows');
    expect(summary.slice(0, 3).map((d) => [d.stated, d.counted])).toEqual([[14, 12], [20, 17], [8, 4]]);
    const hanoiRows = await all<HanoiModelRow>(hanoiModelsSql());
    expect(hanoiRows).toHaveLength(19);
    expect(hanoiRole('VN-31', rows, hanoiRows)).toBe('registration');
    expect(hanoiRole('VN-27', await all<ProvinceReportModelRow>(provinceReportSql('VN-27')), hanoiRows)).toBeNull();
    expect(hasReport(await all<ProvinceReportModelRow>(provinceReportSql('VN-27')))).toBe(false);
  });
});
