/** The messages between the data view and the upload worker. */
import type { Encoding } from './decode.ts';
import type { TableDiff } from './diff.ts';
import type { UploadProgress, UploadRead } from './read-upload.ts';
import type { CellTable } from './validate.ts';

/** What the page asks: read a file, or compare the last file read with the loaded table. */
export type WorkerRequest =
  | { type: 'read'; fileName: string; buffer: ArrayBuffer; encoding?: Encoding }
  | { type: 'diff'; current: CellTable };

/** What a read reports back to the page: the findings, without the table itself (the worker keeps it). */
export type ReadSummary = Omit<UploadRead, 'table'> & { rows: number | null };

/** What the preview needs: the difference, and the text to load when applied. */
export interface PreviewData {
  diff: TableDiff;
  csv: string;
  rows: number;
}

/** What the worker answers (`alive`: it holds its life lock, see upload-client.ts). */
export type WorkerResponse =
  | { type: 'alive' }
  | { type: 'progress'; progress: UploadProgress }
  | { type: 'read'; summary: ReadSummary }
  | { type: 'diff'; preview: PreviewData }
  | { type: 'error'; message: string };
