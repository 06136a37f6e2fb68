/** The one statement that reads a table's CSV into DuckDB: used in the browser and, at build time, under Node. */
import { csvHeader } from './csv-header.ts';
import type { TableSchema } from './schema.ts';
import { str } from './sql.ts';

/**
 * `CREATE OR REPLACE TABLE <target> AS …` reading `fileName` (holding `text`) with the schema's
 * types; other columns as text. `target` is the table's SQL name, already quoted (`"main"."coverage"`).
 */
export function createTableFromCsvSql(target: string, schema: TableSchema, fileName: string, text: string): string {
  const columns = csvHeader(text).map((c) => `${str(c)}: ${str(schema.columns[c] ?? 'VARCHAR')}`).join(', ');
  return `CREATE OR REPLACE TABLE ${target} AS SELECT * FROM read_csv(${str(fileName)},
    header = true, delim = ',', quote = '"', escape = '"', auto_detect = false, columns = {${columns}})`;
}
