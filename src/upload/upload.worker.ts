/// <reference lib="webworker" />
/** The upload worker: reads, checks and compares files off the page's thread, so the page never freezes. */
import { TABLE_BY_NAME } from '../data/schema.ts';
import { diffTables, mergeByProvince } from './diff.ts';
import { toLoadCsv } from './load-csv.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { readUpload, type UploadRead } from './read-upload.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerResponse): void => scope.postMessage(message);
let last: UploadRead | undefined;

// A lock named after this worker, held for as long as it lives: the page is granted it when the
// worker is gone, however it went (see upload-client.ts). No work starts before it is held.
const alive: Promise<void> = 'locks' in scope.navigator && scope.name
  ? new Promise((held) => { void scope.navigator.locks.request(scope.name, () => { held(); return new Promise<never>(() => undefined); }); })
  : Promise.resolve();
void alive.then(() => post({ type: 'alive' }));

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  void alive.then(() => handle(event.data)).catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};

async function handle(req: WorkerRequest): Promise<void> {
  if (req.type === 'read') {
    last = await readUpload(req.fileName, new Uint8Array(req.buffer), req.encoding, (progress) => post({ type: 'progress', progress }));
    const { table, ...summary } = last;
    post({ type: 'read', summary: { ...summary, rows: table ? table.rows.length : null } });
    return;
  }
  const schema = last?.tableName ? TABLE_BY_NAME.get(last.tableName) : undefined;
  if (!last?.table || !schema) throw new Error('no checked table to compare');
  // A province's own tracking sheet replaces that province's rows and keeps the other provinces'.
  const next = schema.name === 'province_models' ? mergeByProvince(req.current, last.table) : last.table;
  post({ type: 'progress', progress: { phase: 'check', done: 0, total: next.rows.length } });
  post({ type: 'diff', preview: { diff: diffTables(schema, req.current, next), csv: toLoadCsv(next), rows: next.rows.length } });
}
