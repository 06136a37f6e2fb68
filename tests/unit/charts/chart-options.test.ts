/**
 * Golden files of the options of the charts whose pictures matter (the overview's coverage and ranking,
 * a model's difficulties, a province beside its region and the country, the wall's ranking), built from
 * the committed data by the views' own queries and state functions. Functions (formatters) are written
 * as "[function]"; what they give is checked here, outside the snapshots, and in the `.labels.json`
 * files beside them: every click-bearing chart's category axis holds ids, its formatter the labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartBody, PICTURE_BODY } from '../../../src/charts/picture.ts';
import { coverageByModelSql, matrixSql, modelsByProvinceSql, type CoverageByModelRow, type MatrixCellRow, type ModelsByProvinceRow } from '../../../src/data/queries/overview.ts';
import { modelDifficultiesSql, type ModelDifficultyRow } from '../../../src/data/queries/model.ts';
import { groupCountsSql, provinceDetailSql, type GroupCountRow, type ProvinceDetailRow } from '../../../src/data/queries/province.ts';
import { reportsProgress } from '../../../src/data/queries/difficulties.ts';
import { COMMON } from '../../../src/i18n/common.ts';
import { formatNumber, type Lang } from '../../../src/i18n/i18n.ts';
import { difficultyChart, difficultyClick } from '../../../src/state/model-state.ts';
import { coverageChart, coverageClick, matrixChart, matrixClick, rankingChart, rankingClick } from '../../../src/state/overview-state.ts';
import { compare, comparisonChart, comparisonClick, type ComparisonLabels } from '../../../src/state/province-state.ts';
import { PROVINCE } from '../../../src/views/province/messages.ts';
import { rankingSceneChart } from '../../../src/views/wall/scenes/chart-scenes-state.ts';
import { wallLabel } from '../../../src/views/wall/scenes/scene-data.ts';
import { appDb } from '../helpers.ts';

const LANGS: readonly Lang[] = ['vi', 'en'];

/** An option as JSON, a function written as "[function]". */
const json = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? '[function]' : v), 1);

/** A category axis: its ids, and the formatter that labels them. */
interface CategoryAxis { data: string[]; axisLabel: { formatter: (id: string) => string } }
const axisOf = (option: unknown, dim: 'xAxis' | 'yAxis'): CategoryAxis => (option as Record<string, CategoryAxis>)[dim] as CategoryAxis;
/** Each id of a category axis with its label, for the `.labels.json` golden files. */
const labelsOf = (axis: CategoryAxis): string => json(axis.data.map((id) => [id, axis.axisLabel.formatter(id)]));
/** The heading of an axis-triggered tooltip for a category (the axis pointer's label formatter). */
const tipOf = (option: unknown, id: string): string =>
  (option as { tooltip: { axisPointer: { label: { formatter: (p: { value: string }) => string } } } }).tooltip.axisPointer.label.formatter({ value: id });

const statusLabels = (lang: Lang) => ({ deployed: COMMON[lang].statusDeployed, notDeployed: COMMON[lang].statusNotDeployed, unknown: COMMON[lang].statusUnknown });
const rankLabels = (lang: Lang) => ({ deployed: COMMON[lang].statusDeployed, unknown: COMMON[lang].statusUnknown });
/** The comparison's labels as ProvinceComparison.tsx makes them. */
const comparisonLabels = (lang: Lang, detail: ProvinceDetailRow): ComparisonLabels => ({
  province: lang === 'en' ? detail.nameEn : detail.nameVi, region: PROVINCE[lang].seriesRegion, national: PROVINCE[lang].seriesNational,
  group: (g, count) => PROVINCE[lang].groupAxis(g, formatNumber(lang, count)),
});
// The comparison chart's text at a 16 px root font (ProvinceComparison.tsx: 0.85 of it).
const COMPARISON_FONT = 14;

const BINH_DINH = { vi: 'Bình Định', en: 'Binh Dinh' } as const;
// data/models.csv, model 13 (group II).
const MODEL_13 = { vi: 'II · 13. Triển khai Camera AI kiểm soát ra/vào tại Khu du lịch', en: 'II · 13. AI cameras controlling entry at tourist sites' } as const;
// src/domain/difficulty-categories.ts.
const FINANCE = { vi: 'Tài chính, kinh phí', en: 'Funding and cost' } as const;

let db: Awaited<ReturnType<typeof appDb>>;
let provinces: ModelsByProvinceRow[];
let models: CoverageByModelRow[];
let cells: MatrixCellRow[];
let groupCounts: GroupCountRow[];
let binhDinh: ProvinceDetailRow;
let difficulties17: ModelDifficultyRow[];
let groupII: number;

beforeAll(async () => {
  db = await appDb();
  let details: ProvinceDetailRow[];
  [provinces, models, cells, groupCounts, details, difficulties17] = await Promise.all([
    db.all<ModelsByProvinceRow>(modelsByProvinceSql([])), db.all<CoverageByModelRow>(coverageByModelSql([])), db.all<MatrixCellRow>(matrixSql([])),
    db.all<GroupCountRow>(groupCountsSql()), db.all<ProvinceDetailRow>(provinceDetailSql('VN-31')),
    // ModelDetails.tsx charts the sentences that state a difficulty, those reporting progress apart.
    db.all<ModelDifficultyRow>(modelDifficultiesSql(17)).then((rows) => rows.filter((r) => !reportsProgress(r))),
  ]) as [ModelsByProvinceRow[], CoverageByModelRow[], MatrixCellRow[], GroupCountRow[], ProvinceDetailRow[], ModelDifficultyRow[]];
  if (!details[0]) throw new Error('VN-31 is not in data/provinces.csv');
  binhDinh = details[0];
  groupII = models.filter((m) => m.group === 'II').length;
});
afterAll(async () => { await db?.close(); });

describe.each(LANGS)('the overview’s coverage chart (%s, as its picture lays it out)', (lang) => {
  const chart = () => coverageChart(models, lang, statusLabels(lang), PICTURE_BODY);
  it('matches its golden file', async () => {
    const { option, height } = chart();
    await expect(json({ height, option })).toMatchFileSnapshot(`./__snapshots__/overview-coverage.${lang}.json`);
    await expect(labelsOf(axisOf(option, 'yAxis'))).toMatchFileSnapshot(`./__snapshots__/overview-coverage.${lang}.labels.json`);
  });
  it('has a category per line, named by its model’s number; model 13’s label and click', () => {
    const axis = axisOf(chart().option, 'yAxis');
    expect(axis.data.every((id) => /^\d+(\.(\d+|bar))?$/.test(id))).toBe(true);
    expect(axis.data.filter((id) => /^\d+$/.test(id))).toEqual(models.map((m) => String(m.modelNo)));
    expect(axis.axisLabel.formatter('13')).toBe(MODEL_13[lang]);
    expect(coverageClick({ componentType: 'yAxis', value: '13' })).toBe('/model/13');
  });
});

describe.each(LANGS)('the overview’s ranking (%s)', (lang) => {
  it('matches its golden file', async () => {
    const option = rankingChart(provinces, lang, rankLabels(lang));
    await expect(json(option)).toMatchFileSnapshot(`./__snapshots__/overview-ranking.${lang}.json`);
    await expect(labelsOf(axisOf(option, 'xAxis'))).toMatchFileSnapshot(`./__snapshots__/overview-ranking.${lang}.labels.json`);
  });
  it('has the provinces’ codes as categories, labelled by rank and name, in the tooltip too', () => {
    const option = rankingChart(provinces, lang, rankLabels(lang));
    const axis = axisOf(option, 'xAxis');
    expect([...axis.data].sort()).toEqual(provinces.map((p) => p.provinceCode).sort());
    expect(axis.axisLabel.formatter('VN-31')).toMatch(new RegExp(`^\\d+(–\\d+)? ${BINH_DINH[lang]}$`));
    expect(tipOf(option, 'VN-31')).toBe(axis.axisLabel.formatter('VN-31'));
    expect(rankingClick({ componentType: 'xAxis', value: 'VN-31' })).toBe('/province/VN-31');
  });
});

describe.each(LANGS)('the overview’s matrix (%s)', (lang) => {
  it('has province codes across and model numbers down, labelled by name and number', () => {
    const { option } = matrixChart(cells, provinces, models, { provinces: 'region', models: 'number' }, lang, statusLabels(lang), () => '');
    const x = axisOf(option, 'xAxis');
    expect([...x.data].sort()).toEqual(provinces.map((p) => p.provinceCode).sort());
    expect(x.axisLabel.formatter('VN-31')).toBe(BINH_DINH[lang]);
    expect(axisOf(option, 'yAxis').data).toEqual(models.map((m) => String(m.modelNo)));
    expect(matrixClick({ componentType: 'xAxis', value: 'VN-31' })).toBe('/province/VN-31');
    expect(matrixClick({ componentType: 'yAxis', value: '13' })).toBe('/model/13');
  });
});

describe.each(LANGS)('model 17’s difficulties (%s)', (lang) => {
  it('matches its golden file', async () => {
    const option = difficultyChart(difficulties17, lang, null);
    await expect(json(option)).toMatchFileSnapshot(`./__snapshots__/model-17-difficulties.${lang}.json`);
    await expect(labelsOf(axisOf(option, 'yAxis'))).toMatchFileSnapshot(`./__snapshots__/model-17-difficulties.${lang}.labels.json`);
  });
  it('has the causes’ ids as categories, labelled in the language', () => {
    const axis = axisOf(difficultyChart(difficulties17, lang, null), 'yAxis');
    expect(axis.data).toContain('finance');
    expect(axis.axisLabel.formatter('finance')).toBe(FINANCE[lang]);
    expect(difficultyClick({ componentType: 'series', data: { categoryId: 'finance' } }, null)).toEqual({ category: 'finance' });
  });
});

describe.each(LANGS)('Bình Định beside its region and the country (%s)', (lang) => {
  const chart = () => {
    const cmp = compare(groupCounts, 'VN-31');
    if (!cmp) throw new Error('VN-31 has no counts');
    return { cmp, option: comparisonChart(cmp, comparisonLabels(lang, binhDinh), null, COMPARISON_FONT) };
  };
  it('matches its golden file', async () => {
    const { option } = chart();
    await expect(json(option)).toMatchFileSnapshot(`./__snapshots__/province-VN-31-groups.${lang}.json`);
    await expect(labelsOf(axisOf(option, 'xAxis'))).toMatchFileSnapshot(`./__snapshots__/province-VN-31-groups.${lang}.labels.json`);
  });
  it('has the groups’ ids as categories, labelled with their count of models, in the tooltip too', () => {
    const { cmp, option } = chart();
    const axis = axisOf(option, 'xAxis');
    expect(axis.data).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(axis.axisLabel.formatter('II')).toBe(`II (${groupII})`);
    expect(tipOf(option, 'II')).toBe(`II (${groupII})`);
    expect(comparisonClick({ componentType: 'xAxis', value: 'II' }, cmp, null)).toEqual({ group: 'II' });
  });
});

describe.each(LANGS)('the wall’s ranking (%s)', (lang) => {
  it('matches its golden file', async () => {
    const option = rankingSceneChart(provinces, lang, rankLabels(lang));
    await expect(json(option)).toMatchFileSnapshot(`./__snapshots__/wall-ranking.${lang}.json`);
    await expect(labelsOf(axisOf(option, 'xAxis'))).toMatchFileSnapshot(`./__snapshots__/wall-ranking.${lang}.labels.json`);
  });
  it('labels the overview’s categories (codes) as the overview does, clipped and isolated for the wall', () => {
    const wall = axisOf(rankingSceneChart(provinces, lang, rankLabels(lang)), 'xAxis');
    const overview = axisOf(rankingChart(provinces, lang, rankLabels(lang)), 'xAxis');
    expect(wall.data).toEqual(overview.data);
    expect(wall.axisLabel.formatter('VN-31')).toBe(wallLabel(overview.axisLabel.formatter('VN-31')));
    expect(wall.axisLabel.formatter('VN-31')).toContain(BINH_DINH[lang]);
  });
});

// A picture is the same option drawn anew by ECharts' server-side SVG: its labels come from the formatters.
describe('pictures of the charts show the labels, not the ids', () => {
  const body = (option: Parameters<typeof chartBody>[0]): Promise<string> => chartBody(option)({ x: 0, y: 0, width: PICTURE_BODY.width, height: 1000 });
  const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
  it.each(LANGS)('the ranking and the matrix name Bình Định (%s)', async (lang) => {
    const ranking = texts(await body(rankingChart(provinces, lang, rankLabels(lang))));
    expect(ranking.some((t) => t.endsWith(` ${BINH_DINH[lang]}`))).toBe(true);
    const matrix = texts(await body(matrixChart(cells, provinces, models, { provinces: 'region', models: 'number' }, lang, statusLabels(lang), () => '').option));
    expect(matrix).toContain(BINH_DINH[lang]);
    expect([...ranking, ...matrix].filter((t) => /^VN-/.test(t))).toEqual([]);
  });
  it.each(LANGS)('the coverage, difficulty and comparison charts show their labels (%s)', async (lang) => {
    const coverage = coverageChart(models, lang, statusLabels(lang), PICTURE_BODY);
    expect(texts(await chartBody(coverage.option)({ x: 0, y: 0, width: PICTURE_BODY.width, height: coverage.height }))).toContain(MODEL_13[lang]);
    expect(texts(await body(difficultyChart(difficulties17, lang, null)))).toContain(FINANCE[lang]);
    const cmp = compare(groupCounts, 'VN-31');
    if (!cmp) throw new Error('VN-31 has no counts');
    expect(texts(await body(comparisonChart(cmp, comparisonLabels(lang, binhDinh), null, COMPARISON_FONT)))).toContain(`II (${groupII})`);
  });
});
