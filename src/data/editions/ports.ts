/**
 * What the data service reaches outside itself: the bundled files and the store of uploaded
 * editions. The browser gives it `fetch` and IndexedDB (bundled.ts, edition-store.ts); Node gives
 * it the files of data/ and no store, so the service itself needs neither DOM nor Node.
 */
import type { TableSchema } from '../schema.ts';
import { NO_EDITIONS, type Edition, type EditionsState } from './editions.ts';

/** Thrown when a served file is not the table it should be (an error page, another table). */
export class BundledFileError extends Error {}

/** Why something could not be kept; the data in use have not changed. */
export class StorageError extends Error {
  constructor(readonly reason: 'quota' | 'not_kept' | 'unavailable' | 'stale', message: string, readonly current?: EditionsState) {
    super(message);
  }
}

/** A table's bundled file as text; rejects with a BundledFileError when it is not that table. */
export type FetchBundled = (schema: TableSchema) => Promise<string>;

/** Where uploaded editions are kept between visits. Writes read back what they wrote before resolving. */
export interface EditionStorage {
  /** Whether anything can be kept at all (false: changes hold until the page closes). */
  available(): boolean;
  /** The stored state and the descriptions of the stored editions. */
  read(): Promise<{ state: EditionsState; editions: Map<string, Edition> }>;
  /** An edition's text, checked against what was stored. */
  readText(id: string): Promise<string>;
  /** Stores an edition's description and text. */
  write(e: Edition, text: string): Promise<void>;
  /** Replaces the stored state with `next` if its revision is still `expected`. */
  writeState(next: EditionsState, expected: number): Promise<void>;
  /** Notes, where the first screen can read it at once, whether uploads are kept. */
  markUploads(any: boolean): void;
}

const unavailable = (): never => { throw new StorageError('unavailable', 'this browser keeps no data for the app'); };

/** No storage (Node, a browser without IndexedDB): nothing is stored, every change holds only in memory. */
export const NO_STORAGE: EditionStorage = {
  available: () => false,
  read: async () => ({ state: NO_EDITIONS, editions: new Map() }),
  readText: async (id) => { throw new StorageError('not_kept', `the edition ${id} is not in this browser's storage`); },
  write: async () => unavailable(),
  writeState: async () => unavailable(),
  markUploads: () => undefined,
};
