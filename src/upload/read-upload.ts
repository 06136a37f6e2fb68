/**
 * Reading an uploaded file from its bytes to a checked table: limits, format (CSV, TSV, XLSX),
 * encoding and delimiter, table recognition, and every cell checked. Pure of the DOM, so it runs
 * in the upload worker and in unit tests alike.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { TABLES, TABLE_BY_NAME } from '../data/schema.ts';
import { parseDelimited, detectDelimiter, type Delimiter } from './csv-read.ts';
import { binaryKind, decodeText, detectEncoding, looksBinary, type Encoding } from './decode.ts';
import { withDerivedColumns } from './derived-columns.ts';
import { LIMITS } from './limits.ts';
import { stripBidi } from './cells.ts';
import { FileRefused, type Problem } from './problems.ts';
import { recognise, unknownColumns } from './recognise.ts';
import { columnLetter, validateTable, type CellTable, type NoteCount } from './validate.ts';
import { isOldExcel, isZip, readXlsx, type SheetText, type Workbook } from './xlsx-read.ts';
import { ZipRefused } from './zip-guard.ts';
import { asError } from '../lib/errors.ts';

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
    const book = await readSheets(bytes, onProgress);
    if (!('sheets' in book)) return refuse(book, { format: 'xlsx' });
    const sheet = book.sheets.find((s) => recognise(TABLES, headerOf(s.rows).header).ok)
      ?? (book.oversized.length > 0 ? undefined : book.sheets.find((s) => s.rows.length > 0));
    if (!sheet) {
      const problems: Problem[] = book.oversized.map((o) => ({ kind: 'sheet_too_large', value: o.ref, detail: o.name, range: [o.rows, o.columns] }));
      return problems.length > 0 ? { ...base, format: 'xlsx', problems, problemTotal: problems.length } : refuse({ kind: 'xlsx_no_sheet' }, { format: 'xlsx' });
    }
    more = { format: 'xlsx', sheet: sheet.name };
    const unsaved = unsavedFormulas(sheet);
    if (unsaved) return { ...base, ...more, ...unsaved };
    rows = sheet.rows;
  } else {
    const detected = detectEncoding(bytes);
    const used = encoding ?? detected;
    more = { format: 'text', encoding: { used, detected } };
    // Not text under any encoding: no encoding to offer, and the kind of file named when it is known.
    if (looksBinary(bytes, used)) return refuse({ kind: 'binary_file', detail: binaryKind(bytes) }, { format: 'other' });
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
async function readSheets(bytes: Uint8Array, onProgress: Progress): Promise<Workbook | Problem> {
  try {
    return await readXlsx(bytes, (done, total) => onProgress({ phase: 'inflate', done, total }));
  } catch (error) {
    if (error instanceof ZipRefused && error.reason === 'entries') return { kind: 'xlsx_too_many_entries', value: String(error.bytes), detail: String(LIMITS.xlsxEntries) };
    if (error instanceof ZipRefused && error.reason !== 'invalid') return { kind: 'xlsx_too_large', value: String(error.bytes), detail: String(LIMITS.xlsxInflatedBytes) };
    return { kind: 'xlsx_invalid', detail: asError(error).message };
  }
}

/**
 * A sheet's formulas saved without their value (a program that writes workbooks without computing
 * them): each one refused where it is, since the reader can only see an empty cell there.
 */
function unsavedFormulas(sheet: SheetText): Pick<UploadRead, 'problems' | 'problemTotal' | 'notes'> | undefined {
  const scan = sheet.scan;
  if (!scan || scan.unsavedTotal === 0) return undefined;
  const { header, row: headerRow } = headerOf(sheet.rows);
  const problems: Problem[] = scan.unsaved.map((f) => ({
    kind: 'formula_without_value', row: f.row, value: f.formula,
    column: (f.row > headerRow ? header[f.column - 1]?.trim() : undefined) || columnLetter(f.column - 1),
  }));
  return { problems, problemTotal: scan.unsavedTotal, notes: [] };
}

/** A note above the header, as the app's own downloads write one ("# Figures from an uploaded file …"): one cell starting with #. */
const isNote = (r: readonly string[]): boolean => (r[0] ?? '').trimStart().startsWith('#') && r.slice(1).every((c) => c.trim() === '');

/** The header (the first row with any cell, notes above it aside) and the rows after it; `row` is the header's spreadsheet row. */
function headerOf(rows: readonly string[][]): { header: string[]; row: number; data: string[][] } {
  const i = rows.findIndex((r) => r.some((c) => c.trim() !== '') && !isNote(r));
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
    const named = header.map(stripBidi);
    const closest = found.closest;
    const problems: Problem[] = closest
      ? [
        ...found.missing.map((c): Problem => ({ kind: 'missing_column', row, column: c, detail: closest.name })),
        // A renamed column: name what the file has instead, and the column it most likely stands for.
        ...unknownColumns(closest, named, found.missing).map((u): Problem => ({ kind: 'unknown_column', row, column: u.column, detail: closest.name, value: u.suggestion })),
      ]
      : [{ kind: 'unknown_table', row, value: named.join(', ') }];
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
