import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../src/data/schema.ts';
import { catalogue, citedSources, latestAsOf, totalRows } from '../../../src/views/data/data-state.ts';

const TABLES: TableSchema[] = [
  { name: 'provinces', file: 'provinces.csv', columns: { province_code: 'VARCHAR', name_vi: 'VARCHAR' }, key: ['province_code'] },
  { name: 'models', file: 'models.csv', columns: { model_no: 'INTEGER', source: 'VARCHAR', as_of: 'VARCHAR' }, key: ['model_no'] },
  { name: 'difficulties', file: 'difficulties.csv', columns: { difficulty_id: 'VARCHAR', source: 'VARCHAR' }, key: ['difficulty_id'] },
];

describe('the data catalogue', () => {
  it('gives one entry per table of the schema, with row count, loaded columns and cited sources', () => {
    const entries = catalogue(
      TABLES,
      [{ name: 'provinces', rows: 63 }, { name: 'models', rows: 44 }],
      [
        { table: 'models', column: 'source', type: 'VARCHAR', position: 2 },
        { table: 'models', column: 'model_no', type: 'INTEGER', position: 1 },
        { table: 'models', column: 'as_of', type: 'VARCHAR', position: 3 },
        { table: 'models', column: 'note', type: 'VARCHAR', position: 4 },
      ],
      [
        { table: 'models', source: '000.txt', asOf: '2024-06-19', rows: 44 },
        { table: 'difficulties', source: '003.txt', asOf: null, rows: 68 },
        { table: 'difficulties', source: '000.txt', asOf: null, rows: 99 },
      ],
    );
    expect(entries).toEqual([
      {
        name: 'provinces', file: 'provinces.csv', rows: 63, sources: null,
        columns: [{ name: 'province_code', type: 'VARCHAR', declared: true }, { name: 'name_vi', type: 'VARCHAR', declared: true }],
      },
      {
        name: 'models', file: 'models.csv', rows: 44, sources: [{ source: '000.txt', asOfs: ['2024-06-19'], rows: 44 }],
        columns: [
          { name: 'model_no', type: 'INTEGER', declared: true }, { name: 'source', type: 'VARCHAR', declared: true },
          { name: 'as_of', type: 'VARCHAR', declared: true }, { name: 'note', type: 'VARCHAR', declared: false },
        ],
      },
      {
        name: 'difficulties', file: 'difficulties.csv', rows: null,
        sources: [{ source: '000.txt', asOfs: [], rows: 99 }, { source: '003.txt', asOfs: [], rows: 68 }],
        columns: [{ name: 'difficulty_id', type: 'VARCHAR', declared: true }, { name: 'source', type: 'VARCHAR', declared: true }],
      },
    ]);
    expect(totalRows(entries)).toBe(107);
  });

  it('groups the as-of dates of a source, sorted and distinct, and puts rows without a source last', () => {
    expect(citedSources([
      { table: 'indicators', source: '002.txt', asOf: '2024-07-09', rows: 38 },
      { table: 'indicators', source: null, asOf: '2024-01-01', rows: 1 },
      { table: 'indicators', source: '002.txt', asOf: '2024-06-20', rows: 3 },
      { table: 'indicators', source: '001.txt', asOf: null, rows: 2 },
    ])).toEqual([
      { source: '001.txt', asOfs: [], rows: 2 },
      { source: '002.txt', asOfs: ['2024-06-20', '2024-07-09'], rows: 41 },
      { source: '', asOfs: ['2024-01-01'], rows: 1 },
    ]);
  });

  it.each([
    [['2023-12-31', '2024-11-15', null, '2024-06-19'], '2024-11-15'],
    [[null], null],
    [[], null],
  ])('latest of %j is %j', (dates, expected) => expect(latestAsOf(dates)).toBe(expected));
});
