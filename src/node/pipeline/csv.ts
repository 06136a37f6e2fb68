/** Writing the tables of data/: UTF-8, NFC, comma-separated, header row, RFC 4180 quoting, LF line ends. */

/** A cell value: empty for null/undefined (= not stated in the source, never 0). */
export type Cell = string | number | boolean | null | undefined;

/** A table ready to write: its columns in order and its rows. */
export interface Table {
  columns: readonly string[];
  rows: readonly Record<string, Cell>[];
}

const quote = (value: Cell): string => {
  if (value === null || value === undefined) return '';
  const s = String(value).normalize('NFC');
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The CSV text of a table; throws if a row has a key that is not a column (a typo guard). */
export function toCsv(table: Table): string {
  const known = new Set(table.columns);
  const lines = [table.columns.join(',')];
  for (const row of table.rows) {
    const extra = Object.keys(row).find((k) => !known.has(k));
    if (extra) throw new Error(`row has unknown column "${extra}"`);
    lines.push(table.columns.map((c) => quote(row[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}
