import { describe, expect, it } from 'vitest';
import type { DifficultyModelRow, DifficultySentenceRow } from '../../../src/data/queries/difficulties.ts';
import {
  byNature, categoryChart, categoryClick, categoryCounts, filterSentences, filterWords, foldText, groupTitleVi, matrixCells, matrixChart, matrixClick,
  NO_FILTERS, orderedCategories, parseDifficultyFilters, sentenceCsvRows, type ChartLabels, type DifficultyFilters,
} from '../../../src/views/difficulties/difficulties-state.ts';

const s = (id: string, modelNo: number, group: string, categories: string[], text: string, provinceCode: string | null = null): DifficultySentenceRow => ({
  difficultyId: id, modelNo, group, modelVi: `Mô hình ${modelNo}`, modelEn: `Model ${modelNo}`, provinceCode,
  provinceVi: provinceCode ? 'Bình Định' : null, provinceEn: provinceCode ? 'Binh Dinh' : null, categories, nature: 'difficulty', text,
  source: provinceCode ? '003.txt' : '000.txt',
});

// Five sentences of three models, two groups, both reports.
const ROWS: DifficultySentenceRow[] = [
  s('000-m1-1', 1, 'I', ['guidance'], 'Chờ hướng dẫn của Bộ, ngành Trung ương.'),
  s('000-m1-2', 1, 'I', ['citizens', 'guidance'], 'Người dân chưa quen với dịch vụ công.'),
  s('003-m1-1', 1, 'I', ['finance', 'legal'], 'Chưa có quy định thu phí; thiếu kinh phí.', 'VN-31'),
  s('000-m6-1', 6, 'II', ['citizens'], 'Trẻ em chưa có Căn cước công dân.'),
  s('003-m6-1', 6, 'II', ['other'], 'Bệnh nhân khám xong thì bỏ về.', 'VN-31'),
];
const MODELS: DifficultyModelRow[] = [1, 6, 7].map((no) => ({
  modelNo: no, group: no === 1 ? 'I' : 'II', nameVi: `Mô hình ${no}`, nameEn: `Model ${no}`, groupVi: null, groupEn: null,
}));
const LABELS: ChartLabels = { category: (id) => id, group: (g) => `G${g}`, sentences: (n) => `${n} s`, model: (no) => `M${no}` };
const f = (changes: Partial<DifficultyFilters>): DifficultyFilters => ({ ...NO_FILTERS, ...changes });
const ids = (rows: DifficultySentenceRow[]): string[] => rows.map((r) => r.difficultyId);

describe('difficulty filters from the URL', () => {
  it.each([
    [{}, NO_FILTERS],
    [{ category: 'finance', group: 'II', model: '13', scope: 'province', q: 'kinh phí ' }, f({ category: 'finance', group: 'II', model: 13, scope: 'province', q: 'kinh phí ' })],
    [{ category: 'weather', group: 'VI', model: '45', scope: 'city' }, NO_FILTERS],
    [{ model: '0' }, NO_FILTERS],
    [{ model: '7a' }, NO_FILTERS],
    [{ category: 'other', scope: 'national' }, f({ category: 'other', scope: 'national' })],
  ])('%j → %j', (params, expected) => expect(parseDifficultyFilters(params)).toEqual(expected));
});

describe('filtering sentences', () => {
  it.each([
    ['no filter', NO_FILTERS, ['000-m1-1', '000-m1-2', '003-m1-1', '000-m6-1', '003-m6-1']],
    ['a category', f({ category: 'guidance' }), ['000-m1-1', '000-m1-2']],
    ['a group', f({ group: 'II' }), ['000-m6-1', '003-m6-1']],
    ['a model', f({ model: 1 }), ['000-m1-1', '000-m1-2', '003-m1-1']],
    ['the national report', f({ scope: 'national' }), ['000-m1-1', '000-m1-2', '000-m6-1']],
    ['province reports', f({ scope: 'province' }), ['003-m1-1', '003-m6-1']],
    ['search without accents', f({ q: 'nguoi dan' }), ['000-m1-2']],
    ['search with accents and case', f({ q: '  KINH PHÍ ' }), ['003-m1-1']],
    ['search in capitals without marks', f({ q: 'CAN CUOC' }), ['000-m6-1']],
    ['filters combined', f({ category: 'citizens', scope: 'national', group: 'II' }), ['000-m6-1']],
    ['nothing left', f({ category: 'security' }), []],
  ])('%s', (_name, filters, expected) => expect(ids(filterSentences(ROWS, filters))).toEqual(expected));

  it('folds Vietnamese text for search', () => {
    expect(foldText('  Đường   truyền  ')).toBe('duong truyen');
    expect(foldText('Thừa Thiên Huế')).toBe('thua thien hue');
  });
});

describe('counts per category', () => {
  it('counts distinct sentences per category, by group, ignoring the category filter', () => {
    const counts = categoryCounts(ROWS, f({ category: 'legal' }));
    expect(counts.map((c) => c.id)).toEqual(['legal', 'finance', 'infrastructure', 'data', 'security', 'people', 'citizens', 'coordination', 'guidance', 'other']);
    expect(Object.fromEntries(counts.map((c) => [c.id, c.count]))).toEqual({
      legal: 1, finance: 1, infrastructure: 0, data: 0, security: 0, people: 0, citizens: 2, coordination: 0, guidance: 2, other: 1,
    });
    expect(counts.find((c) => c.id === 'citizens')?.byGroup).toEqual({ I: 1, II: 1, III: 0, IV: 0, V: 0 });
  });

  it('respects the other filters', () => {
    const counts = categoryCounts(ROWS, f({ scope: 'province' }));
    expect(counts.filter((c) => c.count > 0).map((c) => [c.id, c.count])).toEqual([['legal', 1], ['finance', 1], ['other', 1]]);
  });
});

describe('the bar chart', () => {
  it('stacks one series per group, with the counts of each category, and fades the others when one is selected', () => {
    const option = categoryChart(ROWS, f({ category: 'citizens' }), LABELS) as {
      series: { name: string; data: { value: number; categoryId: string; itemStyle: { opacity: number } }[] }[];
      yAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
    };
    expect(option.series.map((x) => x.name)).toEqual(['GI', 'GII', 'GIII', 'GIV', 'GV', 'total']);
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([1, 1, 0, 0, 0, 0, 1, 0, 2, 0]);
    expect(option.series[1]?.data.map((d) => d.value)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(option.series[0]?.data[6]).toMatchObject({ categoryId: 'citizens', itemStyle: { opacity: 1 } });
    expect(option.series[0]?.data[0]?.itemStyle.opacity).toBe(0.3);
    const total = option.series[5] as unknown as { label: { formatter: (p: { dataIndex: number }) => string } };
    expect([0, 6, 8, 9].map((i) => total.label.formatter({ dataIndex: i }))).toEqual(['1', '2', '2', '1']);
    expect(option.yAxis.axisLabel.formatter('guidance')).toBe('guidance');
    expect(option.yAxis.axisLabel.formatter('citizens')).toBe('{sel|citizens}');
  });

  it.each([
    [{ componentType: 'series', data: { categoryId: 'finance' } }, NO_FILTERS, { category: 'finance' }],
    [{ componentType: 'series', data: { categoryId: 'finance' } }, f({ category: 'finance' }), { category: undefined }],
    [{ componentType: 'yAxis', value: 'legal' }, NO_FILTERS, { category: 'legal' }],
    [{ componentType: 'yAxis', value: 'nonsense' }, NO_FILTERS, null],
    [{ componentType: 'legend' }, NO_FILTERS, null],
  ])('a click on %j with %j asks for %j', (click, filters, expected) => expect(categoryClick(click, filters)).toEqual(expected));
});

describe('the model × category matrix', () => {
  it('has a cell per model and category, zeros included, over scope and search only', () => {
    const cells = matrixCells(ROWS, MODELS, f({ category: 'legal', model: 6, scope: 'national' }));
    expect(cells).toHaveLength(30);
    const nonZero = cells.filter((c) => c.count > 0).map((c) => [c.modelNo, c.category, c.count]);
    expect(nonZero).toEqual([[1, 'citizens', 1], [1, 'guidance', 2], [6, 'citizens', 1]]);
  });

  it('places cells by column (category) and row (model), and outlines the selected cell', () => {
    const option = matrixChart(ROWS, MODELS, f({ model: 1, category: 'guidance' }), LABELS) as {
      series: { data: { value: number[]; modelNo: number; categoryId: string; itemStyle: { opacity: number; borderWidth?: number } }[] }[];
      visualMap: { max: number };
      yAxis: { data: string[]; axisLabel: { formatter: (v: string) => string } };
    };
    const data = option.series[0]?.data ?? [];
    const cell = data.find((d) => d.modelNo === 1 && d.categoryId === 'guidance');
    expect(cell).toMatchObject({ value: [8, 0, 2], itemStyle: { opacity: 1, borderWidth: 2 } });
    expect(data.find((d) => d.modelNo === 6 && d.categoryId === 'citizens')?.itemStyle.opacity).toBe(0.3);
    expect(option.visualMap.max).toBe(2);
    expect(option.yAxis.data).toEqual(['1', '6', '7']);
    // Rows are labelled by number (names run to 200 characters, a row is a line high); the name is in the tooltip.
    expect(option.yAxis.axisLabel.formatter('1')).toBe('{sel|1}');
    expect(option.yAxis.axisLabel.formatter('6')).toBe('6');
    const tip = (option as unknown as { tooltip: { formatter: (p: object) => string } }).tooltip.formatter({ data: { modelNo: 6, categoryId: 'citizens', value: [6, 1, 1] } });
    expect(tip.split('\n')[0]).toBe('M6');
    // A model's name comes from the data: it cannot style the rich-text tooltip.
    const named = matrixChart(ROWS, MODELS, NO_FILTERS, { ...LABELS, model: (no) => `${no}. {b|x}` }) as unknown as { tooltip: { formatter: (p: object) => string } };
    expect(named.tooltip.formatter({ data: { modelNo: 6, categoryId: 'citizens', value: [6, 1, 1] } }).split('\n')[0]).toBe('6. （b|x）');
  });

  it.each([
    [{ componentType: 'series', data: { modelNo: 6, categoryId: 'citizens' } }, NO_FILTERS, { model: '6', category: 'citizens' }],
    [{ componentType: 'series', data: { modelNo: 6, categoryId: 'citizens' } }, f({ model: 6, category: 'citizens' }), { model: undefined, category: undefined }],
    [{ componentType: 'xAxis', value: 'data' }, NO_FILTERS, { category: 'data' }],
    [{ componentType: 'yAxis', value: '7' }, NO_FILTERS, { model: '7' }],
    [{ componentType: 'yAxis', value: '7' }, f({ model: 7 }), { model: undefined }],
  ])('a click on %j with %j asks for %j', (click, filters, expected) => expect(matrixClick(click, filters)).toEqual(expected));
});

describe('sentences that report progress', () => {
  const progress = { ...s('003-m7-1', 7, 'II', ['coordination'], 'Đã phối hợp triển khai thử nghiệm.', 'VN-31'), nature: 'progress' };
  const uploaded = { ...s('003-m7-2', 7, 'II', ['data'], 'Dữ liệu chưa đầy đủ.', 'VN-31'), nature: null };

  it('are set apart from the difficulties, and a sentence without a nature is a difficulty', () => {
    const { difficulties, progress: apart } = byNature([...ROWS, progress, uploaded]);
    expect(ids(difficulties)).toEqual([...ids(ROWS), '003-m7-2']);
    expect(ids(apart)).toEqual(['003-m7-1']);
  });

  it('say so in the CSV', () => expect(sentenceCsvRows([progress])[0]?.nature).toBe('progress'));
});

describe('the CSV rows', () => {
  it('gives one row per sentence, its categories in display order joined', () => {
    expect(sentenceCsvRows([ROWS[2]!])).toEqual([{
      difficulty_id: '003-m1-1', model_no: 1, group: 'I', model_name_vi: 'Mô hình 1', model_name_en: 'Model 1', province_code: 'VN-31',
      province_name: 'Bình Định', categories: 'legal; finance', text: 'Chưa có quy định thu phí; thiếu kinh phí.', source: '003.txt',
      nature: 'difficulty',
    }]);
    expect(orderedCategories(['other', 'guidance', 'citizens', 'legal'])).toEqual(['legal', 'citizens', 'guidance', 'other']);
  });
});

describe('group names', () => {
  it.each([
    ['NHÓM TIỆN ÍCH PHỤC VỤ GIẢI QUYẾT TTHC VÀ CUNG CẤP DVC TRỰC TUYẾN', 'Tiện ích phục vụ giải quyết TTHC và cung cấp DVC trực tuyến'],
    ['NHÓM PHỤC VỤ CHỈ ĐẠO ĐIỀU HÀNH CỦA LÃNH ĐẠO CÁC CẤP', 'Phục vụ chỉ đạo điều hành của lãnh đạo các cấp'],
    ['NHÓM TIỆN ÍCH PHỤC VỤ CÔNG DÂN SỐ', 'Tiện ích phục vụ công dân số'],
  ])('%s → %s', (name, expected) => expect(groupTitleVi(name)).toBe(expected));
});

describe('the filters named in a picture’s title', () => {
  const words = { ...LABELS, scope: (s: string) => `S:${s}` };
  it.each([
    [NO_FILTERS, []],
    [f({ category: 'legal' }), ['legal']],
    [f({ group: 'II', model: 13, scope: 'province', q: '  kinh phí ' }), ['GII', 'M13', 'S:province', '“kinh phí”']],
  ])('%j reads %j', (filters, expected) => expect(filterWords(filters, words)).toEqual(expected));
});
