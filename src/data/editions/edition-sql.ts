/**
 * Editions in the engine. The current edition of every table is in `main`; an edition shown as of a
 * date lives in a schema of its own (`asof_20240619`) whose views point at the edition of each table
 * in force on that date. Every such schema has an `editions` table (which edition each table is) and
 * the figures derived from the tables (`model_figures`, `discrepancies_live`), so that figures
 * derived from an uploaded table are computed from it, never left stale beside it.
 */
import type { TableSchema } from '../schema.ts';
import { ident, str } from '../sql.ts';
import type { Edition } from './editions.ts';
import { PROVINCE_COUNT } from '../../domain/rollout.ts';

/** The schema holding editions that are not current (and bundled tables while an upload is current). */
export const EDITION_SCHEMA = 'ed';

/** The query context of the data as of an ISO date (`2024-06-19` → `asof_20240619`), or null for a malformed date. */
export function asOfContext(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? `asof_${date.replace(/-/g, '')}` : null;
}

/** The ISO date of an as-of context, or null for another context. */
export function contextDate(context: string): string | null {
  const m = /^asof_(\d{4})(\d{2})(\d{2})$/.exec(context);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The name of an edition's own table in the editions schema. */
export function editionTable(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) >>> 0;
  return `e_${id.replace(/[^a-z0-9]+/gi, '_').slice(0, 40)}_${h.toString(36)}`;
}

/** The `editions` table of a schema: which edition each table holds there. */
export function editionsTableSql(schema: string, editions: readonly Edition[]): string {
  const rows = editions.map((e) => `(${[e.table, e.id, e.origin, e.fileName].map(str).join(', ')}, ${e.appliedAt ? str(e.appliedAt) : 'NULL'}, ${e.asOf ? str(e.asOf) : 'NULL'}, ${e.sha256 ? str(e.sha256) : 'NULL'})`);
  const body = rows.length > 0
    ? `SELECT * FROM (VALUES ${rows.join(', ')}) v(table_name, edition_id, origin, file_name, applied_at, as_of, sha256)`
    : 'SELECT NULL::VARCHAR AS table_name, NULL::VARCHAR AS edition_id, NULL::VARCHAR AS origin, NULL::VARCHAR AS file_name, NULL::VARCHAR AS applied_at, NULL::VARCHAR AS as_of, NULL::VARCHAR AS sha256 WHERE false';
  return `CREATE OR REPLACE TABLE ${ident(schema)}.editions AS ${body}`;
}

/** The views of an as-of schema: each table pointing at the edition in force (`source`: its schema and table). */
export function contextViewsSql(schema: string, tables: ReadonlyMap<TableSchema, { in: string; name: string }>): string[] {
  return [`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`, ...[...tables].map(([t, src]) =>
    `CREATE OR REPLACE VIEW ${ident(schema)}.${ident(t.name)} AS SELECT * FROM ${ident(src.in)}.${ident(src.name)}`)];
}

/** Whether any of `tables` is an upload in the schema's editions (SQL expression, evaluated in that schema). */
/** Whether any of `tables` is an uploaded edition in `s` (a quoted schema name). */
const uploaded = (s: string, tables: readonly string[]): string =>
  `(SELECT count(*) > 0 FROM ${s}.editions WHERE origin = 'upload' AND table_name IN (${tables.map(str).join(', ')}))`;

/**
 * The derived figures of a schema, computed from its tables when the schema is pointed at its
 * editions, and kept as tables (a view computed them again for every question: a model's page
 * asked for them twice and waited 10 ms more). Every name is the schema's own, never the search
 * path's. `model_figures`: each model with its listed count counted from the coverage rows when
 * coverage (or models) is an upload. `discrepancies_live`: the discrepancies, with those derived
 * from coverage (stated vs listed counts, provinces never named) computed anew from an uploaded
 * coverage or models table (and `recomputed` set), unless the discrepancies table is itself an
 * upload. Whatever changes which edition a schema holds points it again (data-service.ts), so
 * these are never left stale beside the tables they come from.
 */
export function derivedTablesSql(schema: string): string[] {
  const s = ident(schema);
  const recompute = `(${uploaded(s, ['coverage', 'models'])} AND NOT ${uploaded(s, ['discrepancies'])})`;
  const coverageFile = `(SELECT file_name FROM ${s}.editions WHERE table_name = 'coverage')`;
  return [
    `CREATE OR REPLACE TABLE ${s}.model_figures AS
      SELECT m.* REPLACE (CASE WHEN ${uploaded(s, ['coverage', 'models'])} AND c.named > 0 THEN c.named ELSE m.listed_count END AS listed_count),
        ${uploaded(s, ['coverage', 'models'])} AND c.named > 0 AS listed_recomputed,
        ${coverageFile} AS coverage_file
      FROM ${s}.models m LEFT JOIN (
        SELECT model_no, count(*) FILTER (WHERE status = 'deployed' AND basis IS DISTINCT FROM 'all_provinces')::INTEGER AS named
        FROM ${s}.coverage GROUP BY ALL
      ) c USING (model_no)`,
    `CREATE OR REPLACE TABLE ${s}.discrepancies_live AS
      SELECT d.*, false AS recomputed FROM ${s}.discrepancies d
      WHERE NOT (${recompute} AND d.kind IN ('stated_vs_listed', 'never_named'))
      UNION ALL BY NAME
      SELECT 'stated_vs_listed' AS kind, f.model_no, NULL::VARCHAR AS province_code, f.stated_count AS stated, f.listed_count AS counted,
        format('States {} provinces; the uploaded coverage ({}) counts {} as deployed.', f.stated_count, f.coverage_file, f.listed_count) AS detail,
        format('Nêu {} địa phương; dữ liệu phủ tải lên ({}) có {} địa phương đã triển khai.', f.stated_count, f.coverage_file, f.listed_count) AS detail_vi,
        f.coverage_file AS source, true AS recomputed
      FROM ${s}.model_figures f
      WHERE ${recompute} AND f.listed_recomputed AND f.stated_count IS NOT NULL AND f.stated_count <> f.listed_count
      UNION ALL BY NAME
      SELECT 'never_named' AS kind, NULL::INTEGER AS model_no, p.province_code, NULL::INTEGER AS stated, NULL::INTEGER AS counted,
        format('{} is not named as deploying any model in the uploaded coverage ({}), but through the ${PROVINCE_COUNT}/${PROVINCE_COUNT} models.', p.name_en, ${coverageFile}) AS detail,
        format('{} không được nêu là triển khai mô hình nào trong dữ liệu phủ tải lên ({}), ngoài các mô hình ${PROVINCE_COUNT}/${PROVINCE_COUNT}.', p.name_vi, ${coverageFile}) AS detail_vi,
        ${coverageFile} AS source, true AS recomputed
      FROM ${s}.provinces p
      WHERE ${recompute} AND NOT EXISTS (
        SELECT 1 FROM ${s}.coverage c WHERE c.province_code = p.province_code AND c.status = 'deployed' AND c.basis IS DISTINCT FROM 'all_provinces')`,
  ];
}

/**
 * Rows and as-of date of each table as loaded (`name` → schema and table): from its `as_of` column
 * where it has one, else from the sources its rows cite, else none.
 */
export function tableFactsSql(tables: ReadonlyMap<TableSchema, { in: string; name: string }>): string {
  const sourcesAt = [...tables].find(([t]) => t.name === 'sources')?.[1];
  const sources = sourcesAt ? `${ident(sourcesAt.in)}.${ident(sourcesAt.name)}` : 'main.sources';
  return [...tables].map(([t, at]) => {
    const from = `${ident(at.in)}.${ident(at.name)}`;
    const asOf = 'as_of' in t.columns ? `(SELECT max(as_of) FROM ${from})`
      : 'source' in t.columns && t.name !== 'sources' ? `(SELECT max(s.as_of) FROM ${from} x JOIN ${sources} s ON s.source = x.source)`
        : 'NULL::VARCHAR';
    const basis = 'as_of' in t.columns ? `'column'` : 'source' in t.columns && t.name !== 'sources' ? `'sources'` : `'none'`;
    return `SELECT ${str(t.name)} AS "table", (SELECT count(*)::INTEGER FROM ${from}) AS rows, ${asOf} AS "asOf", CASE WHEN ${asOf} IS NULL THEN 'none' ELSE ${basis} END AS "asOfFrom"`;
  }).join('\nUNION ALL\n');
}
