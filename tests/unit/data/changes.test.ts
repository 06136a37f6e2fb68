import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserStorage } from '../../../src/data/editions/edition-store.ts';
import { nodeCoordinator } from '../../../src/node/build/node-data.ts';
import type { Coordinator } from '../../../src/data/coordinator.ts';
import { asOfContext } from '../../../src/data/editions/edition-sql.ts';
import { addEdition, uploadId, type Edition } from '../../../src/data/editions/editions.ts';
import { coverageChangesSql, type ChangeRow } from '../../../src/data/queries/changes.ts';
import { changeOf, CHANGE_KINDS } from '../../../src/domain/changes.ts';
import { ROOT, readText } from '../helpers.ts';

// The six changes made by hand in the fixture (tests/fixtures/editions/README.md).
const EXPECTED = [
  [2, 'VN-14', 'not_deployed', 'unknown', 'no_longer_reported'],
  [7, 'VN-HN', 'unknown', 'deployed', 'newly_deployed'],
  [7, 'VN-01', 'unknown', 'not_deployed', 'newly_reported'],
  [13, 'VN-HN', 'deployed', 'not_deployed', 'no_longer_deployed'],
  [13, 'VN-03', 'not_deployed', 'deployed', 'newly_deployed'],
  [13, 'VN-31', 'not_deployed', 'deployed', 'newly_deployed'],
];
const BEFORE = asOfContext('2024-06-19') ?? '';

let coordinator: Coordinator;
beforeAll(async () => {
  const started = await nodeCoordinator(ROOT, { storage: browserStorage });
  coordinator = started.coordinator;
  const at = '2026-12-01T10:00:00.000Z';
  const e: Edition = { id: uploadId('coverage', at, 'cd'.repeat(32)), table: 'coverage', origin: 'upload', fileName: 'coverage-2024-12.csv', appliedAt: at, sha256: 'cd'.repeat(32), asOf: '2024-12-31', asOfFrom: 'column', rows: 2772 };
  const text = readText('tests/fixtures/editions/coverage-2024-12.csv');
  const before = await started.data.stored();
  const next = addEdition(before, e, 'latest', at);
  await coordinator.exclusive((c) => started.data.change(c, next, new Map([[e, text]]), () => started.data.persist(next, before.revision, [[e, text]])));
  coordinator.publish();
}, 60_000);
afterAll(() => coordinator.close());

const rows = (filter = {}) => coordinator.query<ChangeRow>(coverageChangesSql(filter), { context: BEFORE });
const brief = (r: ChangeRow) => [r.modelNo, r.provinceCode, r.before, r.after, r.change];

describe('what changed in coverage since an earlier edition', () => {
  it('finds exactly the changes made by hand, with both editions’ sources and dates', async () => {
    const all = await rows();
    // Ordered by model, then by the provinces' GSO codes (Hà Nội 01, Hà Giang 02, Lai Châu 12, Hòa Bình 17, Bình Định 52).
    expect(all.map(brief)).toEqual(EXPECTED);
    expect(all.every((r) => r.source === 'coverage-2024-12.csv' && r.asOf === '2024-12-31' && r.beforeAsOf === '2024-06-19')).toBe(true);
  });

  it('narrows to a model, a province or groups', async () => {
    expect((await rows({ model: 13 })).map(brief)).toEqual(EXPECTED.filter((e) => e[0] === 13));
    expect((await rows({ province: 'VN-HN' })).map(brief)).toEqual(EXPECTED.filter((e) => e[1] === 'VN-HN'));
    const groupOf13 = (await coordinator.query<{ group: string }>('SELECT "group" FROM models WHERE model_no = 13'))[0]?.group ?? '';
    expect((await rows({ groups: [groupOf13] })).every((r) => r.group === groupOf13)).toBe(true);
  });

  it('is empty against the current edition itself', async () => {
    expect(await coordinator.query(coverageChangesSql(), { context: asOfContext('2024-12-31') ?? '' })).toEqual([]);
  });
});

describe('the rule of a change', () => {
  const statuses = [null, 'deployed', 'not_deployed', 'unknown'];
  it('puts deployment first, then whether a status became known or unknown', () => {
    expect(changeOf('unknown', 'deployed')).toBe('newly_deployed');
    expect(changeOf('deployed', 'unknown')).toBe('no_longer_deployed');
    expect(changeOf('not_deployed', 'unknown')).toBe('no_longer_reported');
    expect(changeOf(null, 'not_deployed')).toBe('newly_reported');
    for (const s of statuses) expect(changeOf(s, s)).toBeNull();
  });

  it('is the same rule in SQL as in TypeScript, for every pair of statuses', async () => {
    const pairs = statuses.flatMap((b) => statuses.map((a) => [b, a] as const));
    const values = pairs.map(([b, a], i) => `(${i}, ${b === null ? 'NULL' : `'${b}'`}, ${a === null ? 'NULL' : `'${a}'`})`).join(', ');
    // The CASE of coverageChangesSql, asked of each pair.
    const caseSql = /(CASE[\s\S]*?END) AS change/.exec(coverageChangesSql())?.[1] ?? '';
    const got = await coordinator.query<{ i: number; change: string | null }>(`SELECT i, ${caseSql} AS change FROM (VALUES ${values}) t(i, before, after) ORDER BY i`);
    expect(got.map((r) => r.change)).toEqual(pairs.map(([b, a]) => changeOf(b, a)));
    expect(new Set(got.map((r) => r.change).filter(Boolean))).toEqual(new Set(CHANGE_KINDS));
  });
});
