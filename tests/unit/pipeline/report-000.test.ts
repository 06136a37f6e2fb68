import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../../src/domain/provinces.ts';
import { parseReport000 } from '../../../src/node/pipeline/report-000/parse.ts';
import { SOURCE } from '../../../src/node/pipeline/sources.ts';
import { EXPECTED_000, NEVER_NAMED_000 } from '../../fixtures/report-000-expected.ts';
import { loadTable, readSource, readSeed } from '../helpers.ts';

// Canonical name → code by exact lookup in the table, not through the normalizer under test.
const code = (name: string): string => {
  const p = PROVINCES.find((x) => x.nameVi === name);
  if (!p) throw new Error(`fixture uses a non-canonical name: ${name}`);
  return p.code;
};

const report = parseReport000(readSource(SOURCE.national2024));
const byNo = new Map(report.models.map((m) => [m.no, m]));

describe('report 000', () => {
  it('has the 44 models in order, in five groups', () => {
    expect(report.models.map((m) => m.no)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(report.groups.map((g) => [g.group, g.statedModels])).toEqual([['I', 5], ['II', 16], ['III', 10], ['IV', 3], ['V', 6]]);
    const groupOf = (n: number) => byNo.get(n)?.group;
    expect([groupOf(5), groupOf(6), groupOf(23), groupOf(24), groupOf(34), groupOf(35), groupOf(37), groupOf(38), groupOf(44)])
      .toEqual(['I', 'II', 'II', 'III', 'III', 'IV', 'IV', 'V', 'V']);
  });

  it('reads the original NFD-mixed seed the same as the committed copy', () => {
    const seed = readSeed(SOURCE.national2024);
    if (seed === undefined) return;
    expect(parseReport000(seed)).toEqual(report);
  });

  describe.each(Object.entries(EXPECTED_000))('model %s, read by hand', (no, expected) => {
    const model = byNo.get(Number(no));
    it('states the count the text states', () => expect(model?.statedCount).toBe(expected.stated));
    it('states the replication figure', () => expect(model?.replicationCount).toBe(expected.replication));
    it('lists the provinces a reader finds, repeats included', () => {
      expect(model?.list?.map((p) => p.code) ?? null).toEqual(expected.list?.map(code) ?? null);
    });
    it('names in its text only the provinces a reader finds there', () => {
      expect(model?.namedInText.map((p) => p.code)).toEqual((expected.textNamed ?? []).map(code));
    });
  });

  it('never names one province anywhere', () => {
    const named = new Set(report.models.flatMap((m) => [...(m.list ?? []), ...m.namedInText].map((p) => p.code)));
    expect(PROVINCES.filter((p) => !named.has(p.code)).map((p) => p.nameVi)).toEqual(NEVER_NAMED_000);
  });
});

describe('coverage.csv against the hand-read lists (Arquero)', () => {
  const coverage = loadTable('coverage.csv');
  const deployed = (no: number): string[] => coverage
    .params({ no: String(no) })
    .filter((d: { model_no: string; status: string }, p: { no: string }) => d.model_no === p.no && d.status === 'deployed')
    .array('province_code') as string[];

  it.each(Object.entries(EXPECTED_000))('model %s: deployed = the provinces named, or all 63', (no, expected) => {
    const want = expected.allProvinces ? PROVINCES.map((p) => p.code) : [...new Set([...(expected.list ?? []), ...(expected.textNamed ?? [])].map(code))];
    expect(deployed(Number(no)).sort()).toEqual(want.sort());
  });
});
