import { describe, expect, it } from 'vitest';
import { leadingPlaces } from '../../../src/views/wall/scenes/national-scene-state.ts';
import { loadTable } from '../helpers.ts';

const p = (name: string, deployed: number, models = 5) => ({ name, deployed, models });

describe("the wall's leading provinces", () => {
  it('names the provinces of a place held by a few, with the rank they share', () => {
    const places = leadingPlaces([p('A', 5), p('B', 4), p('C', 4), p('D', 3), p('E', 2), p('F', 1)], (r) => r.name);
    expect(places).toEqual([
      { rank: 1, deployed: 5, models: 5, count: 1, names: ['A'] },
      { rank: 2, deployed: 4, models: 5, count: 2, names: ['B', 'C'] },
      { rank: 4, deployed: 3, models: 5, count: 1, names: ['D'] },
      { rank: 5, deployed: 2, models: 5, count: 1, names: ['E'] },
    ]);
  });

  it('counts the provinces of a place held by many instead of picking five of them in list order', () => {
    const places = leadingPlaces([...Array.from({ length: 12 }, (_, i) => p(`P${i}`, 5)), p('Q', 4)], (r) => r.name);
    expect(places).toEqual([{ rank: 1, deployed: 5, models: 5, count: 12, names: null }]);
  });

  it('on group I of data/: every province at the top score in one place, counted as Arquero counts coverage.csv', () => {
    const groupOf = new Map((loadTable('models.csv').objects() as { model_no: string; group: string }[]).map((m) => [m.model_no, m.group]));
    const deployed = new Map<string, number>();
    for (const c of loadTable('coverage.csv').objects() as { model_no: string; province_code: string; status: string }[]) {
      if (groupOf.get(c.model_no) !== 'I') continue;
      deployed.set(c.province_code, (deployed.get(c.province_code) ?? 0) + (c.status === 'deployed' ? 1 : 0));
    }
    const models = [...groupOf.values()].filter((g) => g === 'I').length;
    const rows = [...deployed].map(([name, n]) => p(name, n, models));
    const best = Math.max(...rows.map((r) => r.deployed));
    const atBest = rows.filter((r) => r.deployed === best).length;
    expect(atBest).toBeGreaterThan(5);
    expect(leadingPlaces(rows, (r) => r.name)[0]).toEqual({ rank: 1, deployed: best, models, count: atBest, names: null });
  });
});
