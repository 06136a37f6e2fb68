/** Questions of the data view: what each loaded table holds, and the source files its rows cite. */
import type { TableSchema } from '../schema.ts';
import { ident, inList, str } from '../sql.ts';

/** A table's row count as loaded. */
export interface TableCountRow {
  name: string;
  rows: number;
}

/** The number of rows of every given table, in one query. */
export const tableCountsSql = (tables: readonly TableSchema[]): string =>
  tables.map((t) => `SELECT ${str(t.name)} AS name, count(*)::INTEGER AS rows FROM ${ident(t.name)}`).join('\nUNION ALL\n');

/** A column of a loaded table (those of the schema, and any a richer file brought). */
export interface TableColumnRow {
  table: string;
  column: string;
  type: string;
  position: number;
}

/** The columns of the given tables as DuckDB holds them, in file order. */
export const tableColumnsSql = (tables: readonly TableSchema[]): string => `
  SELECT table_name AS "table", column_name AS "column", data_type AS "type", ordinal_position::INTEGER AS position
  FROM information_schema.columns
  WHERE table_schema = 'main' AND ${inList('table_name', tables.map((t) => t.name))}
  ORDER BY table_name, ordinal_position`;

/** A source file cited by a table's rows, with an as-of date they carry (null where the table has none). */
export interface TableSourceRow {
  table: string;
  source: string | null;
  asOf: string | null;
  rows: number;
}

/** The distinct source / as-of pairs the rows of each table cite (only tables with a `source` column). */
export const tableSourcesSql = (tables: readonly TableSchema[]): string | null => {
  const cited = tables.filter((t) => 'source' in t.columns);
  if (cited.length === 0) return null;
  return `${cited.map((t) => `SELECT ${str(t.name)} AS "table", source, ${'as_of' in t.columns ? 'as_of' : 'NULL::VARCHAR'} AS "asOf", count(*)::INTEGER AS rows
    FROM ${ident(t.name)} GROUP BY ALL`).join('\nUNION ALL\n')}
  ORDER BY "table", source, "asOf"`;
};

/** Every row of a table as loaded, with its own column names (for download). */
export const wholeTableSql = (table: TableSchema): string => `SELECT * FROM ${ident(table.name)}`;
