/**
 * Pure derivations of the data view: one entry per table of the schema, joining what DuckDB
 * reports (row count, columns as loaded, source files and as-of dates cited by the rows).
 */
import type { TableColumnRow, TableCountRow, TableSourceRow } from '../../data/queries/data-catalogue.ts';
import type { TableSchema } from '../../data/schema.ts';

/** A column of a loaded table, and whether the schema declares it (a richer file may bring more). */
export interface CatalogueColumn {
  name: string;
  type: string;
  declared: boolean;
}

/** A source file the rows of a table cite, with the as-of dates they carry and how many rows cite it. */
export interface CitedSource {
  source: string;
  asOfs: string[];
  rows: number;
}

/** One table of the catalogue. */
export interface CatalogueEntry {
  name: string;
  file: string;
  /** Null when DuckDB did not report the table (not loaded). */
  rows: number | null;
  columns: CatalogueColumn[];
  /** Null when the table has no `source` column. */
  sources: CitedSource[] | null;
}

/** The catalogue: a row per table of the schema, in load order. */
export function catalogue(
  tables: readonly TableSchema[], counts: readonly TableCountRow[], columns: readonly TableColumnRow[], sources: readonly TableSourceRow[],
): CatalogueEntry[] {
  return tables.map((t) => {
    const loaded = columns.filter((c) => c.table === t.name).sort((a, b) => a.position - b.position);
    const cols = loaded.length > 0
      ? loaded.map((c) => ({ name: c.column, type: c.type, declared: c.column in t.columns }))
      : Object.entries(t.columns).map(([name, type]) => ({ name, type, declared: true }));
    return {
      name: t.name,
      file: t.file,
      rows: counts.find((c) => c.name === t.name)?.rows ?? null,
      columns: cols,
      sources: 'source' in t.columns ? citedSources(sources.filter((s) => s.table === t.name)) : null,
    };
  });
}

/** Source / as-of pairs grouped by source file: dates sorted and distinct, rows summed; rows with no source last. */
export function citedSources(rows: readonly TableSourceRow[]): CitedSource[] {
  const bySource = new Map<string, CitedSource>();
  for (const r of rows) {
    const key = r.source ?? '';
    const entry = bySource.get(key) ?? { source: key, asOfs: [], rows: 0 };
    if (r.asOf && !entry.asOfs.includes(r.asOf)) entry.asOfs.push(r.asOf);
    entry.rows += r.rows;
    bySource.set(key, entry);
  }
  return [...bySource.values()]
    .map((e) => ({ ...e, asOfs: [...e.asOfs].sort() }))
    .sort((a, b) => (a.source === '') !== (b.source === '') ? (a.source === '' ? 1 : -1) : a.source.localeCompare(b.source));
}

/** Rows over every table (tables not loaded count nothing). */
export const totalRows = (entries: readonly CatalogueEntry[]): number => entries.reduce((n, e) => n + (e.rows ?? 0), 0);

/** The latest as-of date of the sources (ISO dates compare as text), or null. */
export const latestAsOf = (asOfs: readonly (string | null)[]): string | null =>
  asOfs.filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
