import { describe, expect, it } from 'vitest';
import { basesOf, countByStatus, COVERAGE_STATUSES, isCoverageStatus, shownStatus } from '../../../src/domain/coverage.ts';
import { csvRows } from '../helpers.ts';

describe('coverage statuses, defined once', () => {
  it('are the three of datasets.md, in legend order', () => expect(COVERAGE_STATUSES).toEqual(['deployed', 'not_deployed', 'unknown']));
  it('counts rows per status, zero for a status no row has', () => {
    expect(countByStatus([{ status: 'deployed' }, { status: 'deployed' }, { status: 'unknown' }])).toEqual({ deployed: 2, not_deployed: 0, unknown: 1 });
  });
  it('shows and counts text that is not a status as unknown, as the map draws it', () => {
    expect(shownStatus('Deployed')).toBe('unknown');
    expect(isCoverageStatus('Deployed')).toBe(false);
    expect(countByStatus([{ status: 'x' }])).toEqual({ deployed: 0, not_deployed: 0, unknown: 1 });
  });
  it('gives the bases a status may rest on, none for text that is not a status', () => {
    expect(basesOf('not_deployed')).toEqual(['not_listed', 'upload']);
    expect(basesOf('constructor')).toEqual([]);
  });
  it('counts coverage.csv as counting its rows by hand does, and every row has a basis its status allows', () => {
    const rows = csvRows('coverage.csv');
    const byHand = { deployed: 0, not_deployed: 0, unknown: 0 } as Record<string, number>;
    for (const r of rows) byHand[r.status ?? ''] = (byHand[r.status ?? ''] ?? 0) + 1;
    expect(countByStatus(rows.map((r) => ({ status: r.status ?? '' })))).toEqual(byHand);
    for (const r of rows) expect(basesOf(r.status ?? ''), `${r.model_no} ${r.province_code}`).toContain(r.basis);
  });
});
