import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeCoordinator } from '../../../src/node/build/node-data.ts';
import type { Coordinator } from '../../../src/data/coordinator.ts';
import type { DataService } from '../../../src/data/data-service.ts';
import { browserStorage } from '../../../src/data/editions/edition-store.ts';
import { StorageError } from '../../../src/data/editions/ports.ts';
import { addEdition, NO_EDITIONS, uploadId, type Edition } from '../../../src/data/editions/editions.ts';
import { ROOT, loadTable, readText } from '../helpers.ts';

const open: Coordinator[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
  await new Promise<void>((done) => { const r = indexedDB.deleteDatabase('de-an-06-uploads'); r.onsuccess = () => done(); r.onerror = () => done(); });
});

async function started() {
  const s = await nodeCoordinator(ROOT, { storage: browserStorage });
  open.push(s.coordinator);
  return s;
}

/** coverage.csv with Hà Giang (VN-03) deployed for model 13 and the old basis kept, as an edited download would be. */
const editedCoverage = (): string => readText('data/coverage.csv')
  .replace('13,VN-03,not_deployed,not_listed,,000_7f29e68dedb715cb.txt,2024-06-19', '13,VN-03,deployed,upload,,coverage-edited.csv,2024-09-30')
  .replace(/2024-06-19/g, '2024-09-30');

const uploadEdition = (asOf: string): Edition => {
  const at = '2026-12-01T10:00:00.000Z';
  return { id: uploadId('coverage', at, 'ab'.repeat(32)), table: 'coverage', origin: 'upload', fileName: 'coverage-edited.csv', appliedAt: at, sha256: 'ab'.repeat(32), asOf, asOfFrom: 'column', rows: 2772 };
};

async function apply(coordinator: Coordinator, data: DataService, e: Edition, text: string, persist?: () => Promise<void>) {
  const before = await data.stored();
  const next = addEdition(before, e, 'latest', e.appliedAt ?? '');
  const result = await coordinator.exclusive((c) => data.change(c, next, new Map([[e, text]]), persist ?? (() => data.persist(next, before.revision, [[e, text]]))));
  coordinator.publish();
  return result;
}

describe('the data service', () => {
  it('describes each bundled edition: its rows and its as-of date, from its as_of column or its sources', async () => {
    const { data } = await started();
    const e = (t: string) => data.view.editions.get(`bundled:${t}`);
    expect(e('coverage')).toMatchObject({ rows: 2772, asOf: '2024-06-19', asOfFrom: 'column', fileName: 'coverage.csv' });
    // difficulties.csv has no as_of: its rows cite 000 (2024-06-19) and 003 (2024-11-15), per sources.csv.
    expect(e('difficulties')).toMatchObject({ asOf: '2024-11-15', asOfFrom: 'sources' });
    expect(e('provinces')).toMatchObject({ rows: 63, asOf: null, asOfFrom: 'none' });
  });

  it('recomputes the figures derived from an uploaded coverage table: listed counts and the stated-vs-listed discrepancy', async () => {
    const { coordinator, data } = await started();
    // The independent count: provinces deployed for model 13 by coverage.csv, other than through a 63/63 report.
    const listed13 = (loadTable('coverage.csv').objects() as { model_no: string; status: string; basis: string }[])
      .filter((r) => r.model_no === '13' && r.status === 'deployed' && r.basis !== 'all_provinces').length;
    expect(listed13).toBe(33);
    const before = await coordinator.query<{ listed_count: number; listed_recomputed: boolean }>('SELECT listed_count, listed_recomputed FROM model_figures WHERE model_no = 13');
    expect(before).toEqual([{ listed_count: 33, listed_recomputed: false }]);
    const { kept } = await apply(coordinator, data, uploadEdition('2024-09-30'), editedCoverage());
    expect(kept).toBe(true);
    expect(await coordinator.query('SELECT listed_count, listed_recomputed FROM model_figures WHERE model_no = 13')).toEqual([{ listed_count: listed13 + 1, listed_recomputed: true }]);
    expect(await coordinator.query(`SELECT stated, counted, source, recomputed FROM discrepancies_live WHERE kind = 'stated_vs_listed' AND model_no = 13`))
      .toEqual([{ stated: 32, counted: 34, source: 'coverage-edited.csv', recomputed: true }]);
    expect(await coordinator.query(`SELECT origin, file_name FROM editions WHERE table_name = 'coverage'`)).toEqual([{ origin: 'upload', file_name: 'coverage-edited.csv' }]);
    expect(data.current('coverage')?.fileName).toBe('coverage-edited.csv');
  });

  it('shows any table as of a date: the edition in force then, the earliest when every one is later', async () => {
    const { coordinator, data } = await started();
    await apply(coordinator, data, uploadEdition('2024-09-30'), editedCoverage());
    const status = (context?: string) => coordinator.query(`SELECT status FROM coverage WHERE model_no = 13 AND province_code = 'VN-03'`, { context });
    expect(await status()).toEqual([{ status: 'deployed' }]);
    expect(await status('asof_20240701')).toEqual([{ status: 'not_deployed' }]);
    expect(await status('asof_20241231')).toEqual([{ status: 'deployed' }]);
    expect(await status('asof_20200101')).toEqual([{ status: 'not_deployed' }]);
    expect(await coordinator.query(`SELECT listed_count FROM model_figures WHERE model_no = 13`, { context: 'asof_20240701' })).toEqual([{ listed_count: 33 }]);
  });

  it('keeps the editions over a reload (a new service reads them from storage)', async () => {
    const first = await started();
    await apply(first.coordinator, first.data, uploadEdition('2024-09-30'), editedCoverage());
    const second = await started();
    expect(second.data.current('coverage')?.fileName).toBe('coverage-edited.csv');
    expect(await second.coordinator.query(`SELECT status FROM coverage WHERE model_no = 13 AND province_code = 'VN-03'`)).toEqual([{ status: 'deployed' }]);
  });

  it('puts the engine back as it was when storage refuses the change (full), and says so', async () => {
    const { coordinator, data } = await started();
    const full = async () => { throw new StorageError('quota', 'the browser\'s storage is full'); };
    await expect(apply(coordinator, data, uploadEdition('2024-09-30'), editedCoverage(), full)).rejects.toMatchObject({ reason: 'quota' });
    expect(await coordinator.query(`SELECT status FROM coverage WHERE model_no = 13 AND province_code = 'VN-03'`)).toEqual([{ status: 'not_deployed' }]);
    expect(data.current('coverage')?.origin).toBe('bundled');
    expect(data.view.state).toEqual(NO_EDITIONS);
  });

  it('refuses a change made from a state another tab has changed meanwhile', async () => {
    const { coordinator, data } = await started();
    await apply(coordinator, data, uploadEdition('2024-09-30'), editedCoverage());
    const stale = { ...NO_EDITIONS };
    const e = { ...uploadEdition('2024-10-31'), id: 'upload:coverage:other' };
    const next = addEdition(stale, e, 'latest', '2026-12-01T11:00:00.000Z');
    await expect(coordinator.exclusive((c) => data.change(c, next, new Map([[e, editedCoverage()]]), () => data.persist(next, stale.revision, [[e, editedCoverage()]]))))
      .rejects.toMatchObject({ reason: 'stale' });
    expect(data.current('coverage')?.asOf).toBe('2024-09-30');
  });
});
