/**
 * The upload's steps in the data view: reading a file in the worker (with progress), its problems
 * or a preview of the change, applying it. A newer file or a cancel drops whatever was under way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUpload, coordinator } from '../../data/browser-data.ts';
import { tableColumnsSql, wholeTableSql, type TableColumnRow } from '../../data/queries/data-catalogue.ts';
import { TABLE_BY_NAME } from '../../data/schema.ts';
import { asError } from '../../lib/errors.ts';
import type { Encoding } from '../../upload/decode.ts';
import { cellTableOf } from '../../upload/diff.ts';
import { LIMITS } from '../../upload/limits.ts';
import type { PreviewData, ReadSummary } from '../../upload/protocol.ts';
import type { UploadProgress } from '../../upload/read-upload.ts';
import { UploadWorker, UploadWorkerDied } from '../../upload/upload-client.ts';
import type { CellTable } from '../../upload/validate.ts';

/** Where the upload is. */
export type UploadStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: UploadProgress | null }
  | { step: 'refused'; file: File; summary: ReadSummary }
  | { step: 'preview'; file: File; summary: ReadSummary; preview: PreviewData; applying: boolean; failed?: Error }
  | { step: 'applied'; table: string; fileName: string; kept: boolean }
  | { step: 'failed'; fileName: string; message: string; workerDied: boolean };

/** A summary for a file refused before it is read (too large to read at all). */
const tooLarge = (file: File): ReadSummary => ({
  fileName: file.name, bytes: file.size, sha256: '', format: 'other', rows: null, notes: [], problemTotal: 1,
  problems: [{ kind: 'too_large', value: String(file.size), detail: String(LIMITS.fileBytes) }],
});

/** The loaded table as canonical text cells, to compare an upload with. */
async function loadedTable(name: string): Promise<CellTable> {
  const schema = TABLE_BY_NAME.get(name);
  if (!schema) throw new Error(`unknown table ${name}`);
  const columns = (await coordinator.query<TableColumnRow>(tableColumnsSql([schema]))).map((c) => c.column);
  return cellTableOf(await coordinator.query<Record<string, unknown>>(wholeTableSql(schema)), columns);
}

/** The upload's state and its actions. */
export function useUpload() {
  const [state, setState] = useState<UploadStep>({ step: 'idle' });
  const worker = useRef<UploadWorker | null>(null);
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current++;
    worker.current?.close();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const choose = useCallback(async (file: File, encoding?: Encoding) => {
    stop();
    const mine = generation.current;
    const live = (): boolean => generation.current === mine;
    if (file.size > LIMITS.fileBytes) { setState({ step: 'refused', file, summary: tooLarge(file) }); return; }
    setState({ step: 'reading', fileName: file.name, progress: null });
    const w = new UploadWorker((progress) => {
      if (live()) setState((s) => (s.step === 'reading' ? { ...s, progress } : s));
    });
    worker.current = w;
    try {
      const summary = await w.read(file.name, await file.arrayBuffer(), encoding);
      if (!live()) return;
      if (summary.problemTotal > 0 || !summary.tableName) { setState({ step: 'refused', file, summary }); return; }
      const preview = await w.diff(await loadedTable(summary.tableName));
      if (live()) setState({ step: 'preview', file, summary, preview, applying: false });
    } catch (error) {
      // The worker is done with either way; the data in use were never touched by reading.
      if (live()) {
        stop();
        setState({ step: 'failed', fileName: file.name, message: asError(error).message, workerDied: error instanceof UploadWorkerDied });
      }
    }
  }, [stop]);

  /** Applies the previewed file as an edition as of `asOf` (`current`: see applyUpload). */
  const apply = useCallback(async (asOf: string, current: 'latest' | 'this' | 'unchanged' = 'latest') => {
    if (state.step !== 'preview' || state.applying) return;
    const { summary, preview } = state;
    setState({ ...state, applying: true, failed: undefined });
    try {
      const table = summary.tableName ?? '';
      const { kept } = await applyUpload({
        table, fileName: summary.fileName, rows: preview.rows, sha256: summary.sha256, csv: preview.csv,
        asOf, asOfFrom: preview.asOf ? 'column' : 'asked',
      }, current);
      stop();
      setState({ step: 'applied', table, fileName: summary.fileName, kept });
    } catch (error) {
      setState({ ...state, applying: false, failed: asError(error) });
    }
  }, [state, stop]);

  const cancel = useCallback(() => { stop(); setState({ step: 'idle' }); }, [stop]);

  return { state, choose, apply, cancel };
}
