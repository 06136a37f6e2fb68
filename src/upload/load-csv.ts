/**
 * The CSV text DuckDB loads an uploaded table from (and the browser stores): comma-separated,
 * header row, every value quoted, empty for null, LF line ends. It is the app's own format, not
 * the user's: no BOM and no formula guard, since no spreadsheet ever opens it.
 */
import type { CellTable } from './validate.ts';

const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** A cell table as load CSV. */
export function toLoadCsv(table: CellTable): string {
  const lines = [table.columns.map(quote).join(',')];
  for (const row of table.rows) lines.push(row.map((v) => (v === null ? '' : quote(v))).join(','));
  return `${lines.join('\n')}\n`;
}
