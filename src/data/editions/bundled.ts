/** The bundled tables: the files of the app's own data/ folder, which an operator may replace on the server. */
import { requiredColumns } from '../../upload/table-rules.ts';
import { csvHeader } from '../csv-header.ts';
import type { TableSchema } from '../schema.ts';
import { BundledFileError } from './ports.ts';


/**
 * A table's bundled file, fetched fresh, and checked to start like that table's CSV: a proxy's
 * error page or another table's file is refused before it can replace anything.
 */
export async function fetchBundled(schema: TableSchema): Promise<string> {
  const url = `data/${schema.file}`;
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new BundledFileError(`${url}: HTTP ${res.status}`);
  const text = await res.text();
  const header = csvHeader(text);
  const missing = requiredColumns(schema).filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const first = text.slice(0, 80).replace(/\s+/g, ' ').trim();
    throw new BundledFileError(`${url} is not the ${schema.name} table: its first line ("${first}") lacks ${missing.join(', ')}`);
  }
  return text;
}
