/**
 * Which table a file is, from its header row: the table whose required columns are all there and
 * which shares the most columns with it; on a tie, the one whose vocabulary the first rows fit.
 */
import type { TableSchema } from '../data/schema.ts';
import { editDistance } from '../domain/province-names.ts';
import { readCell, stripBidi } from './cells.ts';
import { columnRule, requiredColumns } from './table-rules.ts';

/** A header cell as a column name: NFC, no BOM or bidi controls, trimmed, lower case, spaces and dashes as "_". */
export const columnName = (header: string): string =>
  stripBidi(header.normalize('NFC')).replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');

/** What the header says: a table (all its required columns present), or the closest one and what it lacks. */
export type Recognition =
  | { ok: true; schema: TableSchema }
  | { ok: false; closest?: TableSchema; missing: string[] };

/** Recognises the table of a header row; `sample` (first data rows, as the header orders them) breaks ties. */
export function recognise(tables: readonly TableSchema[], header: readonly string[], sample: readonly string[][] = []): Recognition {
  const names = header.map(columnName);
  const present = new Set(names);
  const scored = tables.map((schema) => {
    const columns = Object.keys(schema.columns);
    const required = requiredColumns(schema);
    return {
      schema,
      shared: columns.filter((c) => present.has(c)).length,
      requiredShared: required.filter((c) => present.has(c)).length,
      missing: required.filter((c) => !present.has(c)),
      fit: fitOf(schema, names, sample),
    };
  });
  const complete = scored.filter((s) => s.missing.length === 0)
    .sort((a, b) => b.shared - a.shared || b.fit - a.fit);
  if (complete[0]) return { ok: true, schema: complete[0].schema };
  const closest = [...scored].sort((a, b) => b.requiredShared - a.requiredShared || b.shared - a.shared)[0];
  // Two shared required columns at least, or the file is taken for no table at all.
  if (!closest || closest.requiredShared < 2) return { ok: false, missing: [] };
  return { ok: false, closest: closest.schema, missing: closest.missing };
}

/** How many sample cells read without a problem under the table's rules. */
function fitOf(schema: TableSchema, names: readonly string[], sample: readonly string[][]): number {
  let fit = 0;
  for (const row of sample) {
    names.forEach((name, i) => {
      if (name in schema.columns && readCell(columnRule(schema, name), row[i] ?? '').ok) fit++;
    });
  }
  return fit;
}

/** A header column the table does not know, as the file writes it, and the table's column it most likely stands for. */
export interface UnknownColumn {
  column: string;
  suggestion?: string;
}

/**
 * The columns of `header` that `schema` does not know, each with the column it is closest to: a
 * missing required column first (the one renamed), by edit distance or by one name holding the
 * other; when one column is missing and one is unknown, that one, however it is spelt.
 */
export function unknownColumns(schema: TableSchema, header: readonly string[], missing: readonly string[]): UnknownColumn[] {
  const unknown = header.filter((h) => columnName(h) !== '' && !(columnName(h) in schema.columns));
  const near = (name: string, candidates: readonly string[]): string | undefined => {
    let best: { c: string; d: number } | undefined;
    for (const c of candidates) {
      const d = c.includes(name) || name.includes(c) ? 1 : editDistance(name, c);
      if (d <= Math.max(2, Math.floor(c.length / 3)) && (!best || d < best.d)) best = { c, d };
    }
    return best?.c;
  };
  return unknown.map((h) => {
    const name = columnName(h);
    const only = unknown.length === 1 && missing.length === 1 ? missing[0] : undefined;
    return { column: h.trim(), suggestion: near(name, missing) ?? only ?? near(name, Object.keys(schema.columns)) };
  });
}
