/**
 * The independent oracle shared by unit and e2e tests: the committed files read directly and
 * Arquero over the committed CSVs, never the app's code. No test runner is imported here, so
 * Vitest and Playwright load the same module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '..');

/** A file of the project as text. */
export const readText = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');

/** A committed source text (redacted copy in data/sources/). */
export const readSource = (file: string): string => readText(`data/sources/${file}`);

/** The original seed file, when ../shared is beside the project (as in CI). */
export function readSeed(file: string): string | undefined {
  const path = resolve(ROOT, '../shared/seeds', file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** A committed table of data/ loaded by Arquero, every column read as text (empty cells are null). */
export function loadTable(file: string): aq.ColumnTable {
  const text = readText(`data/${file}`);
  const header = text.slice(0, text.indexOf('\n')).split(',');
  return aq.fromCSV(text, { parse: Object.fromEntries(header.map((c) => [c, (v: string) => v])) });
}

/** A committed table of data/ as plain objects, every cell as text (null when empty): the oracle's rows. */
export const csvRows = (file: string): Record<string, string | null>[] => loadTable(file).objects() as Record<string, string | null>[];

/** A text cell as a number, null kept. */
export const numOrNull = (v: string | null | undefined): number | null => (v == null ? null : Number(v));
