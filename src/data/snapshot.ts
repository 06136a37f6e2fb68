/**
 * The instant first screen: the answers the first screen needs, computed at build time with the
 * same SQL by DuckDB under Node (src/build/snapshot-plugin.ts) and embedded in the app. The
 * coordinator answers those questions from them until DuckDB-WASM is ready (and not at all when
 * this browser holds uploads: the snapshot is of the bundled data); then every view asks again.
 */
import { SNAPSHOT } from 'virtual:first-screen-snapshot';
import { coordinator } from './browser-data.ts';

/** Hands the embedded answers to the coordinator. */
export function installSnapshot(): void {
  coordinator.addSnapshot(SNAPSHOT);
}
