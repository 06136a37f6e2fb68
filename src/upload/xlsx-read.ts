/**
 * Reading the sheets of an XLSX: the archive is opened by the guard (zip-guard.ts), each sheet's
 * extent is checked (xlsx-scan.ts) before the reader makes a single row of it, then the archive is
 * handed to read-excel-file re-packed without compression, so the reader can never inflate past
 * what was checked. Cells come out as text: numbers as Excel stores them, dates as ISO dates,
 * booleans as true/false.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { LIMITS } from './limits.ts';
import { scanSheet, type SheetScan } from './xlsx-scan.ts';
import { inflateGuarded, listZip } from './zip-guard.ts';

/** A sheet as rows of cell texts (empty string for an empty cell), with what its scan found. */
export interface SheetText {
  name: string;
  rows: string[][];
  scan?: SheetScan;
}

/** A sheet left unread because its extent passes the limit: its name and the last cell it declares or reaches. */
export interface OversizedSheet {
  name: string;
  ref: string;
  rows: number;
  columns: number;
}

/** Every sheet of a workbook that could be read, and those too large to be. */
export interface Workbook {
  sheets: SheetText[];
  oversized: OversizedSheet[];
}

/** Whether bytes start like a ZIP archive (what an XLSX is). */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Whether bytes are an old binary Excel workbook (.xls, OLE2), which is not read. */
export const isOldExcel = (bytes: Uint8Array): boolean => [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b);

/** A cell value of read-excel-file as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return String(value);
}

const EMPTY_SHEET = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
const letters = (column: number): string => {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** The name of each worksheet by its path in the archive, from the workbook and its relationships. */
function sheetNames(files: Readonly<Record<string, Uint8Array>>): Map<string, string> {
  const text = (name: string): string => { const f = files[name]; return f ? strFromU8(f) : ''; };
  const targets = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const m of text('xl/workbook.xml').matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const id = /\b[\w.-]+:id="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) names.set(path, name.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  return names;
}

/**
 * Scans every worksheet; one whose declared or reached extent spans more than `LIMITS.sheetCells`
 * cells is replaced by an empty sheet, so the reader never materialises it, and listed.
 */
function checkSheets(files: Record<string, Uint8Array>): { scans: Map<string, SheetScan>; oversized: OversizedSheet[] } {
  const names = sheetNames(files);
  const scans = new Map<string, SheetScan>();
  const oversized: OversizedSheet[] = [];
  for (const path of Object.keys(files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f))) {
    const scan = scanSheet(strFromU8(files[path] ?? new Uint8Array()), LIMITS.problemsListed);
    const name = names.get(path) ?? path;
    const over = [scan.declared, scan.reached].find((e) => e && e.row * e.column > LIMITS.sheetCells);
    if (over) {
      oversized.push({ name, ref: `${letters(over.column)}${over.row}`, rows: over.row, columns: over.column });
      files[path] = strToU8(EMPTY_SHEET);
    } else scans.set(name, scan);
  }
  return { scans, oversized };
}

/** Every sheet of a workbook; throws `ZipRefused` for an archive over the limits, or the reader's error. */
export async function readXlsx(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<Workbook> {
  const entries = listZip(bytes, LIMITS.xlsxEntries).filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'));
  const files = inflateGuarded(bytes, entries, LIMITS.xlsxInflatedBytes, onProgress);
  const { scans, oversized } = checkSheets(files);
  const stored = zipSync(files, { level: 0 });
  const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile<string>(buffer, { parseNumber: (s) => s, trim: false });
  const tooBig = new Set(oversized.map((o) => o.name));
  return {
    sheets: sheets.filter((s) => !tooBig.has(s.sheet)).map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)), scan: scans.get(s.sheet) })),
    oversized,
  };
}
