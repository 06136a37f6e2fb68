import { describe, expect, it } from 'vitest';
import { TABLE_BY_NAME } from '../../../src/data/schema.ts';
import { cellTableOf, diffTables, mergeByProvince } from '../../../src/upload/diff.ts';
import type { CellTable } from '../../../src/upload/validate.ts';

const coverage = TABLE_BY_NAME.get('coverage')!;
const C = ['model_no', 'province_code', 'status'];
const t = (rows: (string | null)[][], columns = C): CellTable => ({ columns, rows });

describe('diffTables', () => {
  it('counts rows added, removed, changed and unchanged by key, and lists status changes', () => {
    const before = t([['1', 'VN-31', 'deployed'], ['1', 'VN-HN', 'unknown'], ['2', 'VN-31', 'not_deployed']]);
    const after = t([['1', 'VN-31', 'deployed'], ['1', 'VN-HN', 'deployed'], ['3', 'VN-SG', 'deployed']]);
    const d = diffTables(coverage, before, after);
    expect([d.added, d.removed, d.changed, d.unchanged]).toEqual([1, 1, 1, 1]);
    expect(d.samples.find((s) => s.kind === 'changed')).toEqual({ kind: 'changed', key: '1, VN-HN', cells: [{ column: 'status', before: 'unknown', after: 'deployed' }] });
    expect(d.statusChanges).toEqual([
      { modelNo: 1, provinceCode: 'VN-HN', before: 'unknown', after: 'deployed' },
      { modelNo: 2, provinceCode: 'VN-31', before: 'not_deployed', after: null },
      { modelNo: 3, provinceCode: 'VN-SG', before: null, after: 'deployed' },
    ]);
  });

  it('a table without a key compares whole rows, repeats included', () => {
    const discrepancies = TABLE_BY_NAME.get('discrepancies')!;
    const d = diffTables(discrepancies, t([['a'], ['a'], ['b']], ['kind']), t([['a'], ['b'], ['c']], ['kind']));
    expect([d.added, d.removed, d.changed, d.unchanged]).toEqual([1, 1, 0, 2]);
  });

  it('rows from DuckDB compare as canonical text', () => {
    expect(cellTableOf([{ model_no: 13, province_code: 'VN-31', status: null }], C)).toEqual(t([['13', 'VN-31', null]]));
  });
});

describe('mergeByProvince', () => {
  const before = t([['VN-31', '1', 'completed', 'Sở A'], ['VN-31', '2', 'in_progress', 'Sở B'], ['VN-HN', '1', 'completed', 'Sở C']], ['province_code', 'model_no', 'status', 'lead_agency']);
  it('replaces the sheet’s provinces, keeps the others, and keeps loaded values for columns the sheet lacks', () => {
    const sheet = { ...t([['VN-31', '1', 'in_progress', null], ['VN-31', '3', 'not_started', null]], ['province_code', 'model_no', 'status', 'lead_agency']), absent: ['lead_agency'] };
    expect(mergeByProvince(before, sheet).rows).toEqual([
      ['VN-HN', '1', 'completed', 'Sở C'], ['VN-31', '1', 'in_progress', 'Sở A'], ['VN-31', '3', 'not_started', null],
    ]);
  });
});
