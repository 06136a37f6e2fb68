import { describe, expect, it } from 'vitest';
import { matrixWide } from '../../../src/views/overview/matrix-export.ts';

describe('matrix CSV', () => {
  it('pivots cells into one row per model and one column per province, in the given order', async () => {
    const cells = [
      { modelNo: 2, provinceCode: 'VN-HN', status: 'unknown', basis: 'no_list' },
      { modelNo: 1, provinceCode: 'VN-SG', status: 'deployed', basis: 'listed' },
      { modelNo: 1, provinceCode: 'VN-HN', status: 'not_deployed', basis: 'not_listed' },
      { modelNo: 2, provinceCode: 'VN-SG', status: 'deployed', basis: 'listed' },
    ];
    const out = await matrixWide(cells, ['VN-SG', 'VN-HN'], new Map([[1, 'Một'], [2, 'Hai']]));
    expect(out.columns).toEqual(['model', 'name', 'VN-SG', 'VN-HN']);
    expect(out.rows.map((r) => out.columns.map((c) => r[c]))).toEqual([[1, 'Một', 'deployed', 'not_deployed'], [2, 'Hai', 'deployed', 'unknown']]);
  });
});
