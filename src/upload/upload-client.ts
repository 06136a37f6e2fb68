/**
 * The page's side of the upload worker: one worker per file, answers as promises, progress as a
 * callback. A worker that ends without answering (it failed to start, threw, was closed or killed)
 * rejects what it was asked with `UploadWorkerDied`, so the page says so instead of waiting forever.
 */
import type { TableSchema } from '../data/schema.ts';
import type { Encoding } from './decode.ts';
import type { PreviewData, ReadSummary, WorkerRequest, WorkerResponse } from './protocol.ts';
import type { UploadProgress } from './read-upload.ts';
import type { CellTable } from './validate.ts';

/** The worker ended before it answered; `detail` says how, when the browser told. */
export class UploadWorkerDied extends Error {
  constructor(readonly detail: string) {
    super(`the upload worker stopped (${detail})`);
    this.name = 'UploadWorkerDied';
  }
}

type Answer = Exclude<WorkerResponse, { type: 'progress' | 'alive' }>;

/** A worker reading one file (and comparing it with the loaded table); `close` stops it. */
export class UploadWorker {
  // The worker holds a Web Lock of this name while it lives; the page asks for the same lock and
  // is granted it when the worker is gone, however it went (where the browser has Web Locks).
  private readonly name = `upload-worker-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  private readonly worker = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module', name: this.name });
  private readonly watching = new AbortController();
  private waiting?: { resolve: (a: Answer) => void; reject: (e: Error) => void };
  private died?: UploadWorkerDied;

  // A worker that never says it is alive never started (its script failed, or it was ended at once).
  private readonly startTimer = setTimeout(() => this.fail('did not start'), 30_000);

  constructor(private readonly onProgress: (p: UploadProgress) => void) {
    this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
    this.worker.onerror = (e) => { e.preventDefault(); this.fail(e.message || 'error'); };
    this.worker.onmessageerror = () => this.fail('unreadable message');
  }

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

  /** Stops the worker (and any work under way); what it was asked is then never answered. */
  close(): void {
    this.watching.abort();
    clearTimeout(this.startTimer);
    this.waiting = undefined;
    this.worker.terminate();
  }

  private receive(msg: WorkerResponse): void {
    if (msg.type === 'progress') { this.onProgress(msg.progress); return; }
    if (msg.type === 'alive') { clearTimeout(this.startTimer); this.watchLife(); return; }
    const waiting = this.waiting;
    this.waiting = undefined;
    if (msg.type === 'error') waiting?.reject(new Error(msg.message));
    else waiting?.resolve(msg);
  }

  private watchLife(): void {
    if (typeof navigator === 'undefined' || !('locks' in navigator)) return;
    navigator.locks.request(this.name, { signal: this.watching.signal }, () => this.fail('ended')).catch(() => undefined);
  }

  private fail(detail: string): void {
    clearTimeout(this.startTimer);
    this.died ??= new UploadWorkerDied(detail);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(this.died);
  }

  private ask<K extends Answer['type']>(req: WorkerRequest, transfer: Transferable[], answer: K): Promise<Extract<Answer, { type: K }>> {
    if (this.died) return Promise.reject(this.died);
    return new Promise<Answer>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.postMessage(req, transfer);
    }).then((a) => {
      if (a.type !== answer) throw new Error(`the upload worker answered ${a.type} to ${answer}`);
      return a as Extract<Answer, { type: K }>;
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
