/** Shared helpers for unit tests: reading the committed data and sources. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';

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
