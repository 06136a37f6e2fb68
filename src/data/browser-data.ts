/**
 * The dashboard's data in the browser: one coordinator over DuckDB-WASM, fed by the data service,
 * and the changes staff make (apply an upload, undo, restore, choose or remove an edition). Each
 * change runs on its own, is stored, then every view asks again and the other tabs of this browser
 * follow.
 */
import { asError } from '../lib/errors.ts';
import { checkServerFile } from '../upload/upload-client.ts';
import { Coordinator } from './coordinator.ts';
import { DataService } from './data-service.ts';
import { fetchBundled } from './editions/bundled.ts';
import { browserStorage, mayHaveUploads } from './editions/edition-store.ts';
import { StorageError } from './editions/ports.ts';
import {
  addEdition, chooseEdition as choose, removeEdition as remove, restoreBundled, undo, uploadId, type Edition, type EditionsState,
} from './editions/editions.ts';
import { startWasmConnector } from './engine/wasm-connector.ts';

/** The data service of this tab. */
export const dataService = new DataService({ fetchBundled, storage: browserStorage, checkFile: checkServerFile });

/** The coordinator of this tab: the one owner of DuckDB. */
export const coordinator = new Coordinator({
  connect: startWasmConnector,
  load: dataService.load,
  prepare: dataService.prepare,
  snapshotUsable: () => !mayHaveUploads(),
  log: (message, error) => console.warn(message, error),
});

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('de-an-06-editions');
channel?.addEventListener('message', () => {
  // Another tab changed the editions: take the change up at once (the next refresh would, later).
  void coordinator.exclusive((c) => dataService.sync(c)).then((moved) => { if (moved.length > 0) coordinator.publish(); }, (e: unknown) => console.warn('editions: another tab\'s change could not be taken up', e));
});

/** A checked table ready to apply. */
export interface NewTable {
  table: string;
  fileName: string;
  rows: number;
  sha256: string;
  csv: string;
  /** Its as-of date: from the file's `as_of` column, or as given at upload. */
  asOf: string;
  asOfFrom: 'column' | 'asked';
}

/** What a change did: whether it was kept in this browser (false: only until the page closes). */
export interface ChangeResult {
  kept: boolean;
}

/** Runs one change of the editions: made from the state as stored now, applied, stored, told to every view and tab. */
async function change(make: (before: EditionsState, at: string) => { next: EditionsState; added: [Edition, string][] }): Promise<ChangeResult> {
  const result = await coordinator.exclusive(async (c) => {
    const before = await dataService.stored();
    const { next, added } = make(before, new Date().toISOString());
    return dataService.change(c, next, new Map(added), () => dataService.persist(next, before.revision, added));
  });
  coordinator.publish();
  channel?.postMessage('changed');
  return result;
}

/**
 * Applies a checked table as a new edition. `current`: `latest` (it becomes current if it is the
 * latest by as-of date), `this` (current whatever its date), `unchanged` (kept beside, for comparison).
 */
export function applyUpload(t: NewTable, current: 'latest' | 'this' | 'unchanged' = 'latest'): Promise<ChangeResult> {
  return change((before, at) => {
    const edition: Edition = {
      id: uploadId(t.table, at, t.sha256), table: t.table, origin: 'upload', fileName: t.fileName, appliedAt: at,
      sha256: t.sha256, asOf: t.asOf, asOfFrom: t.asOfFrom, rows: t.rows,
    };
    return { next: addEdition(before, edition, current, at), added: [[edition, t.csv]] };
  });
}

/** Throws when the stored state moved on since the person saw `seen` (a change made in another tab). */
function unchangedSince(before: EditionsState, seen: number): void {
  if (before.revision !== seen) throw new StorageError('stale', 'the data were changed in another tab meanwhile', before);
}

/** Goes back to the editions before the last change, if that is still the change the person saw (`seen`: its revision). */
export function undoLastChange(seen: number): Promise<ChangeResult> {
  return change((before, at) => {
    unchangedSince(before, seen);
    const next = undo(before, at);
    if (!next) throw new Error('there is nothing to undo');
    return { next, added: [] };
  });
}

/** Every table back to its bundled edition (undo brings the uploads back). */
export function restoreBundledData(): Promise<ChangeResult> {
  return change((before, at) => ({ next: restoreBundled(before, at), added: [] }));
}

/** Makes an edition its table's current one (`latest`: let the latest be current again). */
export function chooseEdition(e: Edition, latest: boolean, seen: number): Promise<ChangeResult> {
  return change((before, at) => { unchangedSince(before, seen); return { next: choose(before, e, latest, at), added: [] }; });
}

/** Removes an uploaded edition. */
export function removeEdition(e: Edition, seen: number): Promise<ChangeResult> {
  return change((before, at) => { unchangedSince(before, seen); return { next: remove(before, e, at), added: [] }; });
}

/**
 * Checks the server's files and this browser's stored editions, reloading what changed, and tells
 * the views. Throws (keeping the data shown) when a file cannot be fetched or is not good.
 */
export async function refreshData(): Promise<string[]> {
  const { changed } = await coordinator.exclusive((c) => dataService.refresh(c)).catch((e: unknown) => { throw asError(e); });
  if (changed.length > 0) coordinator.publish();
  return changed;
}
