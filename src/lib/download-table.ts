/**
 * One typed description per download, shared by its CSV and its XLSX so the two cannot drift
 * apart: the columns in order, each with its code key (the CSV header, a column name of
 * datasets.md), a label in each language (the XLSX header), a type, and how its value is shown.
 * The CSV keeps codes so it loads back into the Data view; the XLSX shows what people read.
 */
import type { Lang } from '../i18n/i18n.ts';
import { toExcelCsv, type ExportCell } from './csv-export.ts';

/** How a column's cells are typed in the XLSX. */
export type ColumnType = 'text' | 'integer' | 'number' | 'date' | 'boolean';

/** A row of a download: cells by column key. */
export type DownloadRow = Readonly<Record<string, ExportCell>>;

/** One column of a download. */
export interface DownloadColumn {
  /** The CSV header: the table's column name (snake_case). */
  key: string;
  label: Readonly<Record<Lang, string>>;
  type: ColumnType;
  /** The label people read for a code (a status, a category); without it, the value itself. */
  show?: (value: string, lang: Lang) => string;
}

/** What a download holds: its columns, in order. */
export interface DownloadTable {
  columns: readonly DownloadColumn[];
}

/**
 * A line about the whole file (the uploaded editions its figures come from), written before the
 * header: one quoted `# …` cell in the CSV (which the upload skips), the first row of the sheet in the XLSX.
 */
export type DownloadNote = string | undefined;

/** The CSV of `rows`: codes, the columns' keys as header, Excel-ready (see csv-export.ts). */
export function downloadCsv(table: DownloadTable, rows: readonly DownloadRow[], note?: DownloadNote): string {
  return toExcelCsv(table.columns.map((c) => c.key), rows, note?.replace(/[\r\n]+/g, ' '));
}

/** A typed cell of the sheet (null: empty). */
export type SheetCell =
  | { type: 'text'; value: string; wrap: boolean }
  | { type: 'integer' | 'number'; value: number }
  | { type: 'date'; value: Date }
  | { type: 'boolean'; value: boolean }
  | null;

/** The sheet of a download in one language: header labels, typed cells, column widths in characters. */
export interface SheetPlan {
  note?: string;
  header: string[];
  rows: SheetCell[][];
  widths: number[];
}

/** Cells longer than this wrap, in a column this wide (characters). */
export const WRAP_AT = 60;
const MIN_WIDTH = 8;
const DATE_WIDTH = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as a typed cell; what does not fit the column's type stays text, never lost. */
export function sheetCell(column: DownloadColumn, value: ExportCell, lang: Lang): SheetCell {
  if (value === null || value === undefined || value === '') return null;
  const text = (s: string): SheetCell => ({ type: 'text', value: s.normalize('NFC'), wrap: s.length > WRAP_AT || s.includes('\n') });
  switch (column.type) {
    case 'integer':
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) && String(value).trim() !== '' ? { type: column.type, value: n } : text(String(value));
    }
    case 'date': {
      const m = ISO_DATE.exec(String(value));
      return m ? { type: 'date', value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) } : text(String(value));
    }
    case 'boolean':
      return typeof value === 'boolean' ? { type: 'boolean', value } : text(String(value));
    case 'text':
      return text(column.show ? column.show(String(value), lang) : String(value));
  }
}

/** How wide a column is drawn: its longest header or cell, within bounds. */
function widthOf(column: DownloadColumn, header: string, cells: readonly SheetCell[]): number {
  if (column.type === 'date') return Math.max(DATE_WIDTH, header.length + 2);
  const longest = (s: string): number => Math.max(...s.split('\n').map((l) => l.length));
  const widest = cells.reduce((w, c) => Math.max(w, c === null ? 0 : c.type === 'text' ? longest(c.value) : String(c.value).length + 2), longest(header));
  return Math.min(WRAP_AT, Math.max(MIN_WIDTH, widest + 2));
}

/** The sheet of `rows` in `lang`: labels as header, codes shown as their labels, numbers and dates typed. */
export function sheetPlan(table: DownloadTable, rows: readonly DownloadRow[], lang: Lang, note?: DownloadNote): SheetPlan {
  const header = table.columns.map((c) => c.label[lang]);
  const cells = rows.map((r) => table.columns.map((c) => sheetCell(c, r[c.key], lang)));
  const widths = table.columns.map((c, i) => widthOf(c, header[i] ?? '', cells.map((row) => row[i] ?? null)));
  return { ...(note ? { note } : {}), header, rows: cells, widths };
}
