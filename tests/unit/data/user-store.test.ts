import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadUserState, NO_UPLOADS, saveUserState, type StoredTable } from '../../../src/data/user-store.ts';

const stored = (table: string, id: string): StoredTable => ({ id, table, fileName: `${table}.csv`, loadedAt: '2026-01-02T03:04:05.000Z', rows: 2, sha256: 'ab'.repeat(32), csv: '"a"\n"1"\n' });

describe('user store (IndexedDB)', () => {
  it('starts with no uploads, stores the current and previous tables, and forgets what no state refers to', async () => {
    expect(await loadUserState()).toEqual(NO_UPLOADS);
    const a = stored('coverage', 'a');
    await saveUserState({ current: { coverage: a }, previous: {} });
    expect(await loadUserState()).toEqual({ current: { coverage: a }, previous: {} });
    const b = stored('coverage', 'b');
    const m = stored('models', 'm');
    await saveUserState({ current: { coverage: b, models: m }, previous: { coverage: a } });
    expect(await loadUserState()).toEqual({ current: { coverage: b, models: m }, previous: { coverage: a } });
    await saveUserState({ current: {}, previous: null });
    expect(await loadUserState()).toEqual({ current: {}, previous: null });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const req = indexedDB.open('de-an-06-uploads');
      req.onsuccess = () => { const r = req.result.transaction('tables').objectStore('tables').getAllKeys(); r.onsuccess = () => { resolve(r.result); req.result.close(); }; };
    });
    expect(keys).toEqual([]);
  });
});
