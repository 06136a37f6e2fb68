/**
 * Computes the first screen's answers at build time with DuckDB under Node — the same engine, the
 * same data service and the same SQL as the browser — and offers them as the virtual module
 * `virtual:first-screen-snapshot` (SQL text → rows).
 */
import type { Plugin } from 'vite';
import { nodeCoordinator } from './node-data.ts';

const ID = 'virtual:first-screen-snapshot';

/** Loads data/ into DuckDB under Node and answers each query (rows as plain JS objects), all asked together as a view asks them. */
export async function computeSnapshot(root: string, queries: readonly string[]): Promise<Record<string, unknown[]>> {
  const { coordinator } = await nodeCoordinator(root);
  try {
    const answers = await Promise.all(queries.map((sql) => coordinator.query(sql)));
    return Object.fromEntries(queries.map((sql, i) => [sql, answers[i] ?? []]));
  } finally {
    await coordinator.close();
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
