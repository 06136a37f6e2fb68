/** The messages between the data view and the upload worker. */
import type { Encoding } from './decode.ts';
import type { TableDiff } from './diff.ts';
import type { Problem } from './problems.ts';
import type { UploadProgress, UploadRead } from './read-upload.ts';
import type { CellTable } from './validate.ts';

/** What the page asks: read a file, compare the last file read with the loaded table, or check a server's file of a known table. */
export type WorkerRequest =
  | { type: 'read'; fileName: string; buffer: ArrayBuffer; encoding?: Encoding }
  | { type: 'diff'; current: CellTable }
  | { type: 'check'; fileName: string; buffer: ArrayBuffer; table: string };

/** What a read reports back to the page: the findings, without the table itself (the worker keeps it). */
export type ReadSummary = Omit<UploadRead, 'table'> & { rows: number | null };

/** What the preview needs: the difference, and the text to load when applied. */
export interface PreviewData {
  diff: TableDiff;
  csv: string;
  rows: number;
  /** The latest date of the table's `as_of` column (the edition's as-of date), or null when it has none. */
  asOf: string | null;
  /** Coverage rows whose status changed under the old basis: their basis is now "from upload". */
  rebased: number;
  /** Rows refused because their basis contradicts their status (nothing can be applied while there are any). */
  conflicts: Problem[];
}

/** What the worker answers (`alive`: it holds its life lock, see upload-client.ts). */
export type WorkerResponse =
  | { type: 'alive' }
  | { type: 'progress'; progress: UploadProgress }
  | { type: 'read'; summary: ReadSummary }
  | { type: 'diff'; preview: PreviewData }
  | { type: 'check'; csv: string }
  | { type: 'error'; message: string };
