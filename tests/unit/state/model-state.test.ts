import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableFromCsvSql } from '../../../src/data/load-sql.ts';
import { provinceReportsForModelSql, reportingProvincesSql } from '../../../src/data/queries/model.ts';
import { TABLE_BY_NAME } from '../../../src/data/schema.ts';
import type { ChartClick } from '../../../src/charts/EChart.tsx';
import { AXIS_FLOOR, coverageFills, difficultyChart, difficultyClick, difficultyCounts } from '../../../src/state/model-state.ts';
import { loadTable, readText, ROOT } from '../helpers.ts';

const row = (provinceCode: string, status: string) => ({ provinceCode, nameVi: '', nameEn: '', regionVi: '', regionEn: '', status, basis: '', namedAs: null, source: '', asOf: '' });

describe('model view state', () => {
  it('fills each province by its status', () => {
    const fills = coverageFills([row('A', 'deployed'), row('B', 'not_deployed'), row('C', 'unknown')]);
    expect([...fills.values()].map((f) => f.status)).toEqual(['deployed', 'not_deployed', 'unknown']);
  });
  const d = (id: string, categories: string[], nature: string | null = 'difficulty') => ({ difficultyId: id, provinceCode: null, categories, nature, text: '', source: '' });
  it('counts a sentence once in each of its categories, in category order, leaving out empty ones', () => {
    expect(difficultyCounts([d('1', ['finance', 'legal']), d('2', ['finance']), d('3', ['other'])])).toEqual([
      { id: 'legal', count: 1 }, { id: 'finance', count: 2 }, { id: 'other', count: 1 },
    ]);
  });
  it('does not count a sentence that reports progress; one without a nature counts', () => {
    expect(difficultyCounts([d('1', ['finance']), d('2', ['finance', 'data'], 'progress'), d('3', ['finance'], null)])).toEqual([{ id: 'finance', count: 2 }]);
  });
});

describe('the difficulty chart', () => {
  const d = (id: string, categories: string[]) => ({ difficultyId: id, provinceCode: null, categories, text: '', source: '', nature: 'difficulty' });
  const axisMax = (rows: ReturnType<typeof d>[]): unknown => (difficultyChart(rows, 'vi', null).xAxis as { max?: number }).max;
  it('runs its axis to at least five sentences, so one sentence does not fill the panel', () => {
    expect(axisMax([d('1', ['legal']), d('2', ['finance'])])).toBe(AXIS_FLOOR);
  });
  it('leaves a longer axis to the data', () => {
    expect(axisMax(Array.from({ length: AXIS_FLOOR + 2 }, (_, i) => d(String(i), ['data'])))).toBeUndefined();
  });
  it('puts the causes’ ids on its axis, labelled (and its bars named) in the language', () => {
    const option = difficultyChart([d('1', ['finance', 'legal']), d('2', ['finance'])], 'en', 'finance') as {
      yAxis: { data: string[]; axisLabel: { formatter: (id: string) => string } };
      series: { data: { name: string; categoryId: string; itemStyle: { color: string } }[] }[];
    };
    expect(option.yAxis.data).toEqual(['legal', 'finance']);
    expect(option.yAxis.data.map(option.yAxis.axisLabel.formatter)).toEqual(['Legal basis', 'Funding and cost']);
    expect(option.series[0]?.data.map((x) => [x.categoryId, x.name])).toEqual([['legal', 'Legal basis'], ['finance', 'Funding and cost']]);
  });
  it.each<[string, ChartClick, string | null, Record<string, string | undefined> | null]>([
    ['a bar', { componentType: 'series', data: { value: 2, categoryId: 'finance' } }, null, { category: 'finance' }],
    ['the selected bar', { componentType: 'series', data: { value: 2, categoryId: 'finance' } }, 'finance', { category: undefined }],
    ['a cause’s label', { componentType: 'yAxis', value: 'legal' }, 'finance', { category: 'legal' }],
    ['an unknown cause', { componentType: 'yAxis', value: 'weather' }, null, null],
    ['nothing', { componentType: 'series' }, null, null],
  ])('a click on %s (selected: %s)', (_what, click, selected, changes) => expect(difficultyClick(click, selected)).toEqual(changes));
});

// Bình Định's list leaves out models 2 and 23 (data-notes.md: its 42 models follow the 2023 numbering and skip the kiosk model).
describe('province reports of a model, on data/', () => {
  let conn: DuckDBConnection;
  const all = async (sql: string): Promise<Record<string, unknown>[]> => (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  beforeAll(async () => {
    conn = await (await DuckDBInstance.create(':memory:')).connect();
    for (const name of ['provinces', 'province_models']) {
      const schema = TABLE_BY_NAME.get(name)!;
      await conn.run(createTableFromCsvSql(name, schema, `${ROOT}/data/${schema.file}`, readText(`data/${schema.file}`)));
    }
  });
  it('names the provinces that have a report of their own, with its date', async () => {
    const listed = loadTable('province_models.csv').objects() as { province_code: string; as_of: string }[];
    expect(await all(reportingProvincesSql())).toEqual([...new Set(listed.map((r) => `${r.province_code}|${r.as_of}`))].map((k) => {
      const [code, asOf] = k.split('|');
      return expect.objectContaining({ provinceCode: code, asOf });
    }));
  });
  it.each([[2, 0], [23, 0], [13, 1]])('model %i is in %i province list(s)', async (no, n) => {
    expect(await all(provinceReportsForModelSql(no))).toHaveLength(n);
  });
});
