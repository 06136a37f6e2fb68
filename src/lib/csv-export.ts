/**
 * CSV for people: the rows behind a view, made to open right in Excel. UTF-8 with a BOM (so
 * Excel reads Vietnamese correctly), CRLF line ends, RFC 4180 quoting, and text cells that a
 * spreadsheet could run as a formula guarded with an apostrophe (formula-guard.ts: = + - @ | and
 * their full-width forms, after any leading spaces; a leading tab or line end), which the upload
 * removes again, so every downloaded cell reads back as it was.
 */
import { guardFormula } from './formula-guard.ts';

/** A cell of an exported row. */
export type ExportCell = string | number | boolean | null | undefined;

/** One cell as CSV text: formula-safe, quoted when needed. Numbers are written as numbers. */
export function csvCell(value: ExportCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const s = guardFormula(String(value).normalize('NFC'));
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole file: BOM, header row, then the rows (their `columns`, in order), CRLF-separated. A `note`
 * (where the figures come from, when not from the bundled reports) goes first, as one cell starting
 * with `#`, which the upload skips.
 */
export function toExcelCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[], note?: string | null): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c] as ExportCell)).join(','))];
  if (note) lines.unshift(csvCell(`# ${note}`));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A file name saying what and when: `de-an-06_<what>_<yyyy-mm-dd>.<ext>`, ASCII only. */
export function exportFileName(what: string, date = new Date(), ext = 'csv'): string {
  const slug = what.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
  return `de-an-06_${slug}_${date.toISOString().slice(0, 10)}.${ext}`;
}
