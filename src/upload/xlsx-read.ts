/**
 * Reading the sheets of an XLSX: the archive is opened by the guard (zip-guard.ts), then handed to
 * read-excel-file re-packed without compression, so the reader can never inflate past what was checked.
 * Cells come out as text: numbers as Excel stores them, dates as ISO dates, booleans as true/false.
 */
import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/universal';
import { LIMITS } from './limits.ts';
import { inflateGuarded, listZip } from './zip-guard.ts';

/** A sheet as rows of cell texts (empty string for an empty cell). */
export interface SheetText {
  name: string;
  rows: string[][];
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

/** Every sheet of a workbook; throws `ZipRefused` for an archive over the limits, or the reader's error. */
export async function readXlsx(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<SheetText[]> {
  const entries = listZip(bytes, LIMITS.xlsxEntries).filter((e) => e.name.endsWith('.xml') || e.name.endsWith('.rels'));
  const files = inflateGuarded(bytes, entries, LIMITS.xlsxInflatedBytes, onProgress);
  const stored = zipSync(files, { level: 0 });
  const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile<string>(buffer, { parseNumber: (s) => s, trim: false });
  return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) }));
}
