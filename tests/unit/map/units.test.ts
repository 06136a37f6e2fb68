import { describe, expect, it } from 'vitest';
import { mix, unitCoverage, unitFill, UNIT_MEMBERS, unitStatusCounts } from '../../../src/map/units.ts';
import { coverageFills } from '../../../src/state/model-state.ts';
import { loadTable } from '../helpers.ts';

// The membership and statuses come from the datasets (provinces.csv, coverage.csv), counted here
// by hand with plain loops; the code under test reads the domain tables.
const provinces = loadTable('provinces.csv').objects() as { province_code: string; unit_2025: string }[];
const coverage = loadTable('coverage.csv').objects() as { model_no: number; province_code: string; status: string }[];

describe('the 34 units of 2025 on a model’s map', () => {
  it('every one of the 63 provinces belongs to exactly one of the 34 units', () => {
    const seen = [...UNIT_MEMBERS.values()].flat();
    expect(UNIT_MEMBERS.size).toBe(34);
    expect(seen.sort()).toEqual(provinces.map((p) => p.province_code).sort());
    for (const p of provinces) expect(UNIT_MEMBERS.get(p.unit_2025), p.province_code).toContain(p.province_code);
  });

  it.each([7, 13, 14, 23, 33])('model %i: each unit counts its members’ statuses from coverage.csv', (no) => {
    const rows = coverage.filter((r) => Number(r.model_no) === no).map((r) => ({ provinceCode: r.province_code, status: r.status }));
    for (const u of unitCoverage(rows)) {
      const members = provinces.filter((p) => p.unit_2025 === u.unit.code).map((p) => p.province_code);
      const status = (code: string): string | undefined => rows.find((r) => r.provinceCode === code)?.status;
      expect(u.deployed, u.unit.code).toBe(members.filter((c) => status(c) === 'deployed').length);
      expect(u.notDeployed, u.unit.code).toBe(members.filter((c) => status(c) === 'not_deployed').length);
      expect(u.unknown, u.unit.code).toBe(members.filter((c) => status(c) === 'unknown').length);
      expect(u.deployed + u.notDeployed + u.unknown).toBe(members.length);
    }
  });

  it('names a unit deployed only when every member deployed, and shades the rest by share', () => {
    const unit = [...UNIT_MEMBERS].find(([, m]) => m.length === 3);
    if (!unit) throw new Error('no unit of three');
    const [code, [a, b, c]] = unit as [string, string[]];
    const of = (statuses: string[]) => unitCoverage([a, b, c].map((p, i) => ({ provinceCode: p ?? '', status: statuses[i] ?? '' }))).find((u) => u.unit.code === code);
    expect(of(['deployed', 'deployed', 'deployed'])?.status).toBe('deployed');
    expect(of(['deployed', 'not_deployed', 'unknown'])?.status).toBe('partial');
    expect(of(['not_deployed', 'not_deployed', 'not_deployed'])?.status).toBe('not_deployed');
    expect(of(['not_deployed', 'unknown', 'not_deployed'])?.status).toBe('unknown');
    const two = of(['deployed', 'deployed', 'unknown']);
    const one = of(['deployed', 'unknown', 'unknown']);
    if (!two || !one) throw new Error('unit missing');
    expect(unitFill(two).color).toBe(mix('#c6dbef', '#0072b2', 2 / 3));
    expect(unitFill(one).color).toBe(mix('#c6dbef', '#0072b2', 1 / 3));
    expect(unitFill(of(['not_deployed', 'unknown', 'unknown']) ?? two).hatched).toBe(true);
  });

  it('draws a model on the 34 units keyed by unit code, and counts the units each way', () => {
    const rows = coverage.filter((r) => Number(r.model_no) === 14).map((r) => ({ provinceCode: r.province_code, status: r.status }));
    const fills = coverageFills(rows, 'unit');
    expect([...fills.keys()].sort()).toEqual([...UNIT_MEMBERS.keys()].sort());
    const counts = unitStatusCounts(unitCoverage(rows));
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(34);
    expect(counts.deployed).toBe([...fills.values()].filter((f) => f.status === 'deployed').length);
  });

  it('mixes colours channel by channel', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#0072b2', '#0072b2', 0.3)).toBe('#0072b2');
  });
});
