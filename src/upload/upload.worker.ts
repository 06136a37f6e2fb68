/// <reference lib="webworker" />
/** The upload worker: reads, checks and compares files off the page's thread, so the page never freezes. */
import { FIXED_ROWS, TABLE_BY_NAME } from '../data/schema.ts';
import { diffTables, mergeByProvince } from './diff.ts';
import { reconcileCoverage } from './coverage-consistency.ts';
import { toLoadCsv } from './load-csv.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';
import { readUpload, type UploadRead } from './read-upload.ts';
import type { CellTable } from './validate.ts';
import { asError } from '../lib/errors.ts';

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
  void alive.then(() => handle(event.data)).catch((error: unknown) => post({ type: 'error', message: asError(error).message }));
};

async function handle(req: WorkerRequest): Promise<void> {
  if (req.type === 'read') {
    last = await readUpload(req.fileName, new Uint8Array(req.buffer), req.encoding, (progress) => post({ type: 'progress', progress }));
    const { table, ...summary } = last;
    post({ type: 'read', summary: { ...summary, rows: table ? table.rows.length : null } });
    return;
  }
  if (req.type === 'check') {
    post({ type: 'check', csv: await checkFile(req.fileName, new Uint8Array(req.buffer), req.table) });
    return;
  }
  const schema = last?.tableName ? TABLE_BY_NAME.get(last.tableName) : undefined;
  if (!last?.table || !schema) throw new Error('no checked table to compare');
  // A province's own tracking sheet replaces that province's rows and keeps the other provinces'.
  const merged = schema.name === 'province_models' ? mergeByProvince(req.current, last.table) : last.table;
  // A coverage status must agree with its basis: a changed status under the old basis is the file's own.
  const reconciled = schema.name === 'coverage' ? reconcileCoverage(req.current, merged, last.fileName) : { table: merged, rebased: 0, conflicts: [] };
  const next = reconciled.table;
  post({ type: 'progress', progress: { phase: 'check', done: 0, total: next.rows.length } });
  post({ type: 'diff', preview: {
    diff: diffTables(schema, req.current, next), csv: toLoadCsv(next), rows: next.rows.length,
    asOf: latestAsOf(next), rebased: reconciled.rebased, conflicts: reconciled.conflicts,
  } });
}

/** A server's file of `table`, checked by the upload's rules: its load text, or an error naming the first problems. */
async function checkFile(fileName: string, bytes: Uint8Array, table: string): Promise<string> {
  const read = await readUpload(fileName, bytes);
  if (read.problemTotal > 0 || !read.table) {
    const first = read.problems.slice(0, 3).map((p) => [p.kind, p.row && `row ${p.row}`, p.column && `column ${p.column}`, p.value && `value "${p.value.slice(0, 40)}"`].filter(Boolean).join(' ')).join('; ');
    throw new Error(`${read.problemTotal} problem${read.problemTotal === 1 ? '' : 's'} (${first})`);
  }
  if (read.tableName !== table) throw new Error(`it holds the ${read.tableName ?? 'unknown'} table, not ${table}`);
  // A server's file replaces the table unattended: one of a fixed length that has another is cut short, not new data.
  const fixed = FIXED_ROWS[table];
  if (fixed !== undefined && read.table.rows.length !== fixed) throw new Error(`it has ${read.table.rows.length} rows where the ${table} table has ${fixed}`);
  return toLoadCsv(read.table);
}

/** The latest date of a table's `as_of` column, or null when it has none. */
function latestAsOf(table: CellTable): string | null {
  const i = table.columns.indexOf('as_of');
  let latest: string | null = null;
  if (i >= 0) for (const r of table.rows) { const v = r[i]; if (v && (latest === null || v > latest)) latest = v; }
  return latest;
}
