/**
 * Computes the answers of every route's first questions at build time with DuckDB under Node — the
 * same engine, data service and SQL as the browser: the first screen's in the app itself
 * (`virtual:first-screen-snapshot`), and one chunk per route, model and province as a JSON file
 * (`assets/snapshot-<name>-<hash>.json`; the dev server answers `/@snapshot/<name>.json`), whose
 * addresses `virtual:snapshot-chunks` gives. JSON rather than modules: data need no compiling, and
 * `JSON.parse` reads them faster than a script's object literal.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_CHUNKS, snapshotChunks } from '../../data/queries/snapshot-chunks.ts';
import { PROVINCES } from '../../domain/provinces.ts';
import type { Coordinator } from '../../data/coordinator.ts';
import { nodeCoordinator } from './node-data.ts';
import { firstScreenPlugin, type FirstScreenOptions } from './first-screen-plugin.ts';

const FIRST = 'virtual:first-screen-snapshot';
const INDEX = 'virtual:snapshot-chunks';
/** Where the dev server answers a chunk. */
const DEV_URL = '/@snapshot/';

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
  const later = Object.keys(chunks).filter((c) => !(FIRST_SCREEN_CHUNKS as readonly string[]).includes(c));
  let serving = false;
  const snapshots: Plugin = {
    name: 'route-snapshots',
    configResolved(config) { serving = config.command === 'serve'; },
    // The dev server answers a chunk when it is asked for.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(DEV_URL) ? decodeURIComponent(req.url.slice(DEV_URL.length).replace(/\.json(\?.*)?$/, '')) : null;
        const queries = name === null ? undefined : chunks[name];
        if (!queries) { next(); return; }
        answered(queries).then((answers) => { res.setHeader('Content-Type', 'application/json'); res.end(JSON.stringify(answers)); }, next);
      });
    },
    resolveId: (id) => (id === FIRST || id === INDEX ? `\0${id}` : undefined),
    async load(id) {
      if (id === `\0${FIRST}`) {
        const answers = await answered(FIRST_SCREEN_CHUNKS.flatMap((c) => chunks[c] ?? []));
        return `export const SNAPSHOT = ${JSON.stringify(answers)};`;
      }
      if (id !== `\0${INDEX}`) return undefined;
      if (serving) return `export const CHUNKS = ${JSON.stringify(Object.fromEntries(later.map((c) => [c, `${DEV_URL}${encodeURIComponent(c)}.json`])), null, 1)};`;
      // Built: one JSON file per chunk beside the scripts, named by its content (cached for good).
      const files: Record<string, string> = {};
      for (const c of later) {
        const json = JSON.stringify(await answered(chunks[c] ?? []));
        const fileName = `assets/snapshot-${c}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
        this.emitFile({ type: 'asset', fileName, source: json });
        files[c] = `./${fileName.slice('assets/'.length)}`;
      }
      // Resolved against this module's own address (in assets/), so the app works under any base path.
      return `const here = import.meta.url;\nexport const CHUNKS = Object.fromEntries(Object.entries(${JSON.stringify(files, null, 1)}).map(([c, f]) => [c, new URL(f, here).href]));`;
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
