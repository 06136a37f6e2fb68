/** The page's side of the upload worker: one worker per file, answers as promises, progress as a callback. */
import type { TableSchema } from '../data/schema.ts';
import type { Encoding } from './decode.ts';
import type { PreviewData, ReadSummary, WorkerRequest, WorkerResponse } from './protocol.ts';
import type { UploadProgress } from './read-upload.ts';
import type { CellTable } from './validate.ts';

/** A worker reading one file (and comparing it with the loaded table); `close` stops it. */
export class UploadWorker {
  private readonly worker = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module' });

  constructor(private readonly onProgress: (p: UploadProgress) => void) {}

  /** Reads and checks a file. */
  read(fileName: string, buffer: ArrayBuffer, encoding?: Encoding): Promise<ReadSummary> {
    return this.ask({ type: 'read', fileName, buffer, encoding }, [buffer], 'read').then((r) => r.summary);
  }

  /** Compares the file read last with the loaded table. */
  diff(current: CellTable): Promise<PreviewData> {
    return this.ask({ type: 'diff', current }, [], 'diff').then((r) => r.preview);
  }

  /** Checks a server's file of a known table with the upload's rules: its text to load, or why not. */
  check(fileName: string, buffer: ArrayBuffer, table: string): Promise<string> {
    return this.ask({ type: 'check', fileName, buffer, table }, [buffer], 'check').then((r) => r.csv);
  }

  /** Stops the worker (and any work under way). */
  close(): void {
    this.worker.terminate();
  }

  private ask<K extends 'read' | 'diff' | 'check'>(req: WorkerRequest, transfer: Transferable[], answer: K): Promise<Extract<WorkerResponse, { type: K }>> {
    return new Promise((resolve, reject) => {
      this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        const msg = e.data;
        if (msg.type === 'progress') this.onProgress(msg.progress);
        else if (msg.type === 'error') reject(new Error(msg.message));
        else if (msg.type === answer) resolve(msg as Extract<WorkerResponse, { type: K }>);
      };
      this.worker.onerror = (e) => reject(new Error(e.message || 'the upload worker failed'));
      this.worker.postMessage(req, transfer);
    });
  }
}

/** Checks a server's file of `schema` in a worker of its own (used by the wall's refresh). */
export async function checkServerFile(schema: TableSchema, text: string): Promise<string> {
  const worker = new UploadWorker(() => undefined);
  try {
    return await worker.check(schema.file, new TextEncoder().encode(text).buffer as ArrayBuffer, schema.name);
  } finally {
    worker.close();
  }
}
