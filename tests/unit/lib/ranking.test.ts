import { describe, expect, it } from 'vitest';
import { competitionRanks, places, rankText, topPlaces } from '../../../src/lib/ranking.ts';

const row = (code: string, deployed: number) => ({ code, deployed });
const rank = (rows: { code: string; deployed: number }[]) =>
  competitionRanks(rows, (r) => r.deployed).map((r) => [r.item.code, r.rank, r.last, r.tied]);

describe('competition ranking', () => {
  it.each([
    ['no ties', [row('a', 3), row('b', 2), row('c', 1)], [['a', 1, 1, 1], ['b', 2, 2, 1], ['c', 3, 3, 1]]],
    ['a tie shares its rank and the next counts past it (1224)', [row('a', 5), row('b', 4), row('c', 4), row('d', 1)],
      [['a', 1, 1, 1], ['b', 2, 3, 2], ['c', 2, 3, 2], ['d', 4, 4, 1]]],
    ['unsorted input, ties kept in input order', [row('x', 1), row('y', 9), row('z', 1), row('w', 9)],
      [['y', 1, 2, 2], ['w', 1, 2, 2], ['x', 3, 4, 2], ['z', 3, 4, 2]]],
    ['everyone tied', [row('a', 5), row('b', 5), row('c', 5)], [['a', 1, 3, 3], ['b', 1, 3, 3], ['c', 1, 3, 3]]],
    ['zero scores rank too', [row('a', 0), row('b', 2)], [['b', 1, 1, 1], ['a', 2, 2, 1]]],
    ['nothing', [], []],
  ])('%s', (_name, rows, expected) => expect(rank(rows)).toEqual(expected));

  it('groups a ranking into places, each with every item tied on it', () => {
    const ranked = competitionRanks([row('a', 5), row('b', 4), row('c', 4), row('d', 1)], (r) => r.deployed);
    expect(places(ranked).map((p) => [p.rank, p.last, p.score, p.items.map((i) => i.code)])).toEqual([
      [1, 1, 5, ['a']], [2, 3, 4, ['b', 'c']], [4, 4, 1, ['d']],
    ]);
  });

  it('takes the places that start within the first n ranks, a tie on the last one whole', () => {
    const rows = [row('a', 9), row('b', 8), row('c', 8), row('d', 8), row('e', 7), row('f', 6)];
    const ranked = competitionRanks(rows, (r) => r.deployed);
    expect(topPlaces(ranked, 2).map((p) => p.items.map((i) => i.code))).toEqual([['a'], ['b', 'c', 'd']]);
    expect(topPlaces(ranked, 5).map((p) => p.rank)).toEqual([1, 2, 5]);
    // 27 provinces at 5/5 fill the first place: the top five is that one place, not five of them.
    const group = Array.from({ length: 40 }, (_, i) => row(`p${i}`, i < 27 ? 5 : 4));
    expect(topPlaces(competitionRanks(group, (r) => r.deployed), 5).map((p) => [p.rank, p.items.length])).toEqual([[1, 27]]);
  });

  it.each([[7, 7, '7'], [28, 32, '28–32']])('writes rank %i–%i as %s', (first, last, text) => expect(rankText(first, last)).toBe(text));
});
