/**
 * Answers before the engine starts: the sources', embedded in the app, and every route's, model's
 * and province's, each a JSON chunk fetched with its route (all computed at build time with the
 * same SQL by DuckDB under Node: src/node/build/snapshot-plugin.ts). The coordinator answers from them
 * until DuckDB-WASM is ready, and not at all when this browser holds uploads (they are of the
 * bundled data); then every view asks again.
 */
import { SNAPSHOT } from 'virtual:first-screen-snapshot';
import { CHUNKS } from 'virtual:snapshot-chunks';
import { coordinator } from './browser-data.ts';
import { mayHaveUploads } from './editions/edition-store.ts';

/** Hands the embedded answers to the coordinator. */
export function installSnapshot(): void {
  coordinator.addSnapshot(SNAPSHOT);
}

const loading = new Map<string, Promise<void>>();

/** One chunk's answers (SQL text → rows). */
async function fetchChunk(url: string): Promise<Readonly<Record<string, readonly unknown[]>>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  return (await res.json()) as Readonly<Record<string, readonly unknown[]>>;
}

/** Whether answers ahead of the engine are any use now (it is not ready yet, and the data are the bundled ones). */
export const snapshotWanted = (): boolean => coordinator.progress.stage !== 'ready' && !mayHaveUploads();

/** Loads the named chunks of answers (once each; a chunk that fails to load only means waiting for the engine). */
export function loadSnapshotChunks(names: readonly string[]): Promise<void> {
  if (!snapshotWanted()) return Promise.resolve();
  return Promise.all(names.map((name) => {
    const url = CHUNKS[name];
    if (!url) return undefined;
    let p = loading.get(name);
    if (!p) {
      p = fetchChunk(url).then((answers) => coordinator.addSnapshot(answers), (e: unknown) => { loading.delete(name); console.warn(`snapshot chunk ${name} could not be loaded`, e); });
      loading.set(name, p);
    }
    return p;
  })).then(() => undefined);
}
