/** Shared helpers for unit tests: the oracle (../oracle.ts) and the app's DuckDB on the committed data. */
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from '../oracle.ts';

export { ROOT, csvRows, loadTable, numOrNull, readSeed, readSource, readText } from '../oracle.ts';

/**
 * The committed tables in DuckDB under Node, loaded by the app's own data service (editions,
 * views, derived figures), asked through a coordinator: the one fixture for unit tests of queries.
 */
export async function appDb(): Promise<{ all<T>(sql: string): Promise<T[]>; close(): Promise<void> }> {
  const { nodeCoordinator } = await import('../../src/node/build/node-data.ts');
  const { coordinator } = await nodeCoordinator(ROOT);
  return { all: <T>(sql: string) => coordinator.query<T>(sql), close: () => coordinator.close() };
}

/** `appDb()` for the tests of one file: opened before them, closed after them. */
export function appDbForFile(): { all<T>(sql: string): Promise<T[]> } {
  let db: Awaited<ReturnType<typeof appDb>> | undefined;
  beforeAll(async () => { db = await appDb(); });
  afterAll(async () => { await db?.close(); });
  return {
    all: <T>(sql: string) => {
      if (!db) throw new Error('appDbForFile: used before its beforeAll ran');
      return db.all<T>(sql);
    },
  };
}
