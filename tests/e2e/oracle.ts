/** The independent oracle for e2e tests: Arquero over the committed CSVs, never the app's code. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';

/** A table of data/ with every column kept as text (empty cells are null). */
export function table(file: string): aq.ColumnTable {
  const text = readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8');
  const header = text.slice(0, text.indexOf('\n')).split(',');
  return aq.fromCSV(text, { parse: Object.fromEntries(header.map((c) => [c, (v: string) => v])) });
}
