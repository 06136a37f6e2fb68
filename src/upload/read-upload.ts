/**
 * Reading an uploaded file from its bytes to a checked table: limits, format (CSV, TSV, XLSX),
 * encoding and delimiter, table recognition, and every cell checked. Pure of the DOM, so it runs
 * in the upload worker and in unit tests alike.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { TABLES, TABLE_BY_NAME } from '../data/schema.ts';
import { parseDelimited, detectDelimiter, type Delimiter } from './csv-read.ts';
import { decodeText, detectEncoding, looksBinary, type Encoding } from './decode.ts';
import { withDerivedColumns } from './derived-columns.ts';
import { LIMITS } from './limits.ts';
import { FileRefused, type Problem } from './problems.ts';
import { recognise } from './recognise.ts';
import { validateTable, type CellTable, type NoteCount } from './validate.ts';
import { isOldExcel, isZip, readXlsx, type SheetText } from './xlsx-read.ts';
import { ZipRefused } from './zip-guard.ts';

/** A step of reading, for the progress bar. */
export type UploadPhase = 'hash' | 'inflate' | 'decode' | 'parse' | 'check';

/** Where reading is. */
export interface UploadProgress {
  phase: UploadPhase;
  done: number;
  total: number;
}

/** What reading a file found. `table` is set when no problem was found. */
export interface UploadRead {
  fileName: string;
  bytes: number;
  sha256: string;
  format: 'text' | 'xlsx' | 'other';
  encoding?: { used: Encoding; detected: Encoding };
  delimiter?: Delimiter;
  sheet?: string;
  /** The recognised table's name. */
  tableName?: string;
  table?: CellTable;
  problems: Problem[];
  problemTotal: number;
  notes: NoteCount[];
}

type Progress = (p: UploadProgress) => void;

/** Reads an uploaded file; `encoding` overrides the detected one for text files. */
export async function readUpload(fileName: string, bytes: Uint8Array, encoding?: Encoding, onProgress: Progress = () => undefined): Promise<UploadRead> {
  const base: UploadRead = { fileName, bytes: bytes.length, sha256: '', format: 'other', problems: [], problemTotal: 0, notes: [] };
  const refuse = (problem: Problem, more: Partial<UploadRead> = {}): UploadRead => ({ ...base, ...more, problems: [problem], problemTotal: 1 });
  if (bytes.length > LIMITS.fileBytes) return refuse({ kind: 'too_large', value: String(bytes.length), detail: String(LIMITS.fileBytes) });
  onProgress({ phase: 'hash', done: 0, total: bytes.length });
  base.sha256 = bytesToHex(sha256(bytes));
  if (bytes.length === 0) return refuse({ kind: 'empty_file' });
  if (isOldExcel(bytes)) return refuse({ kind: 'old_excel' });

  let rows: string[][];
  let more: Partial<UploadRead>;
  if (isZip(bytes)) {
    const sheets = await readSheets(bytes, onProgress);
    if (!Array.isArray(sheets)) return refuse(sheets, { format: 'xlsx' });
    const sheet = sheets.find((s) => recognise(TABLES, headerOf(s.rows).header).ok) ?? sheets.find((s) => s.rows.length > 0);
    if (!sheet) return refuse({ kind: 'xlsx_no_sheet' }, { format: 'xlsx' });
    rows = sheet.rows;
    more = { format: 'xlsx', sheet: sheet.name };
  } else {
    const detected = detectEncoding(bytes);
    const used = encoding ?? detected;
    more = { format: 'text', encoding: { used, detected } };
    if (looksBinary(bytes, used)) return refuse({ kind: 'binary_file' }, more);
    onProgress({ phase: 'decode', done: 0, total: bytes.length });
    const text = decodeText(bytes, used);
    if (text.trim() === '') return refuse({ kind: 'empty_file' }, more);
    const delimiter = detectDelimiter(text, /\.(tsv|tab)$/i.test(fileName));
    more.delimiter = delimiter;
    const parsed = parseDelimited(text, delimiter, (done, total) => onProgress({ phase: 'parse', done, total }));
    if (parsed.unterminatedAt !== undefined) return refuse({ kind: 'unterminated_quote', row: parsed.unterminatedAt }, more);
    rows = parsed.records;
  }
  return { ...base, ...more, ...checkRows(rows, onProgress) };
}

/** The sheets of a workbook, or the problem that refuses it. */
async function readSheets(bytes: Uint8Array, onProgress: Progress): Promise<SheetText[] | Problem> {
  try {
    return await readXlsx(bytes, (done, total) => onProgress({ phase: 'inflate', done, total }));
  } catch (error) {
    if (error instanceof ZipRefused && error.reason !== 'invalid') {
      return { kind: 'xlsx_too_large', value: String(error.bytes), detail: error.reason === 'entries' ? `${LIMITS.xlsxEntries}` : String(LIMITS.xlsxInflatedBytes) };
    }
    return { kind: 'xlsx_invalid', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The header (the first row with any cell) and the rows after it; `row` is the header's spreadsheet row. */
function headerOf(rows: readonly string[][]): { header: string[]; row: number; data: string[][] } {
  const i = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (i < 0) return { header: [], row: 1, data: [] };
  return { header: rows[i] ?? [], row: i + 1, data: rows.slice(i + 1) };
}

/** Recognises and checks the rows of a file. */
function checkRows(rows: readonly string[][], onProgress: Progress): Pick<UploadRead, 'tableName' | 'table' | 'problems' | 'problemTotal' | 'notes'> {
  const { header, row, data } = headerOf(rows);
  if (header.length === 0) return { problems: [{ kind: 'empty_file' }], problemTotal: 1, notes: [] };
  if (header.length > LIMITS.columns) {
    return { problems: [{ kind: 'too_many_columns', value: String(header.length), detail: String(LIMITS.columns) }], problemTotal: 1, notes: [] };
  }
  const found = recognise(TABLES, header, data.slice(0, 20));
  if (!found.ok) {
    const problems: Problem[] = found.closest
      ? found.missing.map((c) => ({ kind: 'missing_column', row, column: c, detail: found.closest?.name }))
      : [{ kind: 'unknown_table', row, value: header.join(', ') }];
    return { problems, problemTotal: problems.length, notes: [] };
  }
  onProgress({ phase: 'check', done: 0, total: data.length });
  try {
    const v = validateTable(found.schema, header, data, row);
    if (v.problems.total > 0) return { tableName: found.schema.name, problems: v.problems.items, problemTotal: v.problems.total, notes: v.notes };
    return { tableName: found.schema.name, ...withDerivedColumns(found.schema, v.table, v.notes), problems: [], problemTotal: 0 };
  } catch (error) {
    if (error instanceof FileRefused) return { tableName: found.schema.name, problems: [error.problem], problemTotal: 1, notes: [] };
    throw error;
  }
}

/** The schema of a recognised table name. */
export const schemaOf = (name: string) => TABLE_BY_NAME.get(name);
