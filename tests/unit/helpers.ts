/** Shared helpers for unit tests: reading the committed data and sources, and the app's DuckDB on them. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import { afterAll, beforeAll } from 'vitest';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A file of the project as text. */
export const readText = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');

/** A committed source text (redacted copy in data/sources/). */
export const readSource = (file: string): string => readText(`data/sources/${file}`);

/** The original seed file, when ../shared is beside the project (as in CI). */
export function readSeed(file: string): string | undefined {
  const path = resolve(ROOT, '../shared/seeds', file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A committed table of data/ loaded by Arquero, every column read as text (the independent oracle). */
export function loadTable(file: string): aq.ColumnTable {
  const text = readText(`data/${file}`);
  const header = text.slice(0, text.indexOf('\n')).split(',');
  return aq.fromCSV(text, { parse: Object.fromEntries(header.map((c) => [c, (v: string) => v])) });
}

/**
 * The committed tables in DuckDB under Node, loaded by the app's own data service (editions,
 * views, derived figures), asked through a coordinator: the one fixture for unit tests of queries.
 */
export async function appDb(): Promise<{ all<T>(sql: string): Promise<T[]>; close(): Promise<void> }> {
  const { nodeCoordinator } = await import('../../src/node/build/node-data.ts');
  const { coordinator } = await nodeCoordinator(ROOT);
  return { all: <T>(sql: string) => coordinator.query<T>(sql), close: () => coordinator.close() };
}

/** A committed table of data/ as plain objects, every cell as text (null when empty): the oracle's rows. */
export const csvRows = (file: string): Record<string, string | null>[] => loadTable(file).objects() as Record<string, string | null>[];

/** A text cell as a number, null kept. */
export const numOrNull = (v: string | null | undefined): number | null => (v == null ? null : Number(v));

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
