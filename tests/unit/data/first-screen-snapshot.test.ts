import { describe, expect, it } from 'vitest';
import { computeSnapshot } from '../../../src/node/build/snapshot-plugin.ts';
import { FIRST_SCREEN_CHUNKS } from '../../../src/data/queries/snapshot-chunks.ts';
import { allChunks } from '../../../src/node/build/snapshot-plugin.ts';

// The chunks in the app itself, and the overview's (fetched with its route).
const FIRST_SCREEN_QUERIES = (): string[] => [...FIRST_SCREEN_CHUNKS, 'overview'].flatMap((c) => allChunks(44)[c] ?? []);
import { modelsByProvinceSql } from '../../../src/data/queries/overview.ts';
import { ROOT, loadTable } from '../helpers.ts';

describe('the snapshot of the overview (DuckDB under Node, same SQL as the browser)', async () => {
  const snapshot = await computeSnapshot(ROOT, FIRST_SCREEN_QUERIES());

  it('answers every first-screen question', () => {
    expect(Object.keys(snapshot).sort()).toEqual(FIRST_SCREEN_QUERIES().sort());
  });

  it('counts models deployed per province as Arquero does over coverage.csv', () => {
    const coverage = loadTable('coverage.csv').objects() as { province_code: string; status: string }[];
    const expected = new Map<string, number>();
    for (const r of coverage) if (r.status === 'deployed') expected.set(r.province_code, (expected.get(r.province_code) ?? 0) + 1);
    const rows = snapshot[modelsByProvinceSql([])] as { provinceCode: string; deployed: number; models: number }[];
    expect(rows).toHaveLength(63);
    for (const r of rows) {
      expect(r.deployed, r.provinceCode).toBe(expected.get(r.provinceCode) ?? 0);
      expect(r.models).toBe(44);
    }
  });
});
