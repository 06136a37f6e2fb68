/**
 * Computes the first screen's answers at build time with DuckDB under Node — the same engine, the
 * same load statement and the same SQL as the browser — and offers them as the virtual module
 * `virtual:first-screen-snapshot` (SQL text → rows).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Plugin } from 'vite';
import { createTableFromCsvSql } from '../data/load-sql.ts';
import { TABLES } from '../data/schema.ts';

const ID = 'virtual:first-screen-snapshot';

/** Loads data/ into an in-memory DuckDB and answers each query (rows as plain JS objects). */
export async function computeSnapshot(root: string, queries: readonly string[]): Promise<Record<string, unknown[]>> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    for (const schema of TABLES) {
      const path = resolve(root, 'data', schema.file);
      await conn.run(createTableFromCsvSql(schema.name, schema, path, readFileSync(path, 'utf8')));
    }
    const out: Record<string, unknown[]> = {};
    for (const sql of queries) out[sql] = (await conn.runAndReadAll(sql)).getRowObjectsJS() as unknown[];
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** The Vite plugin; `queries` are the first screen's SQL texts. */
export function snapshotPlugin(root: string, queries: () => readonly string[]): Plugin {
  return {
    name: 'first-screen-snapshot',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const snapshot = await computeSnapshot(root, queries());
      return `export const SNAPSHOT = ${JSON.stringify(snapshot)};`;
    },
  };
}
