/**
 * Computes the answers of every route's first questions at build time with DuckDB under Node — the
 * same engine, data service and SQL as the browser — and offers them as virtual modules: the first
 * screen's (`virtual:first-screen-snapshot`, in the app itself) and one chunk per route, model and
 * province (`virtual:snapshot/<name>`), loaded with the route through `virtual:snapshot-chunks`.
 */
import type { Plugin } from 'vite';
import { FIRST_SCREEN_CHUNKS, snapshotChunks } from '../../data/queries/snapshot-chunks.ts';
import { PROVINCES } from '../../domain/provinces.ts';
import type { Coordinator } from '../../data/coordinator.ts';
import { nodeCoordinator } from './node-data.ts';
import { firstScreenPlugin, type FirstScreenOptions } from './first-screen-plugin.ts';

const FIRST = 'virtual:first-screen-snapshot';
const INDEX = 'virtual:snapshot-chunks';
const CHUNK = 'virtual:snapshot/';

/** Answers each query (rows as plain JS objects), all asked together as a view asks them. */
export async function answer(coordinator: Coordinator, queries: readonly string[]): Promise<Record<string, unknown[]>> {
  const answers = await Promise.all(queries.map((sql) => coordinator.query(sql)));
  return Object.fromEntries(queries.map((sql, i) => [sql, answers[i] ?? []]));
}

/** Loads data/ into DuckDB under Node and answers `queries`. */
export async function computeSnapshot(root: string, queries: readonly string[]): Promise<Record<string, unknown[]>> {
  const { coordinator } = await nodeCoordinator(root);
  try {
    return await answer(coordinator, queries);
  } finally {
    await coordinator.close();
  }
}

/** Every chunk's questions: the fixed routes, each of the models, each of the 63 provinces. */
export const allChunks = (models: number): Record<string, string[]> =>
  snapshotChunks(Array.from({ length: models }, (_, i) => i + 1), PROVINCES.map((p) => p.code));

/**
 * The Vite plugins; `models` is how many models there are. With `firstScreen`, index.html also gets
 * the overview's first screen, drawn from the same build-time engine.
 */
export function snapshotPlugin(root: string, models: number, firstScreen?: FirstScreenOptions): Plugin[] {
  const chunks = allChunks(models);
  let engine: Promise<Coordinator> | undefined;
  const coordinator = (): Promise<Coordinator> => (engine ??= nodeCoordinator(root).then((s) => s.coordinator));
  // One chunk at a time: each chunk's questions go to DuckDB together, as its view asks them.
  let queue: Promise<unknown> = Promise.resolve();
  const answered = (queries: readonly string[]): Promise<Record<string, unknown[]>> => {
    const run = queue.then(async () => answer(await coordinator(), queries));
    queue = run.catch(() => undefined);
    return run;
  };
  const snapshots: Plugin = {
    name: 'route-snapshots',
    resolveId: (id) => (id === FIRST || id === INDEX || id.startsWith(CHUNK) ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${FIRST}`) {
        const answers = await answered(FIRST_SCREEN_CHUNKS.flatMap((c) => chunks[c] ?? []));
        return `export const SNAPSHOT = ${JSON.stringify(answers)};`;
      }
      if (id === `\0${INDEX}`) {
        const later = Object.keys(chunks).filter((c) => !(FIRST_SCREEN_CHUNKS as readonly string[]).includes(c));
        return `export const CHUNKS = {\n${later.map((c) => `  ${JSON.stringify(c)}: () => import(${JSON.stringify(`${CHUNK}${c}`)}),`).join('\n')}\n};`;
      }
      if (id.startsWith(`\0${CHUNK}`)) {
        const name = id.slice(CHUNK.length + 1);
        const queries = chunks[name];
        if (!queries) this.error(`no snapshot chunk ${name}`);
        return `export const SNAPSHOT = ${JSON.stringify(await answered(queries))};`;
      }
      return undefined;
    },
    // After the bundle is written: the first screen asks the engine while index.html is made.
    async closeBundle() {
      const c = engine;
      engine = undefined;
      await (await c)?.close();
    },
  };
  return firstScreen ? [snapshots, firstScreenPlugin(root, firstScreen, answered)] : [snapshots];
}
