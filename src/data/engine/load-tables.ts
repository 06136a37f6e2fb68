/**
 * Loading CSV texts into tables, all together or not at all: each text is read into a staging
 * table first (a broken file fails there, before anything changes), then one transaction swaps
 * every staging table in. Columns not in the schema load as text.
 */
import { createTableFromCsvSql } from '../load-sql.ts';
import type { TableSchema } from '../schema.ts';
import { ident } from '../sql.ts';
import type { Connector } from './connector.ts';

/** Where a table goes: a schema (default `main`) and a name (default the schema's table name). */
export interface TableTarget {
  schema: TableSchema;
  text: string;
  /** The DuckDB schema (namespace) to create it in. */
  in?: string;
  /** Its name there. */
  as?: string;
}

let serial = 0;

const qualified = (t: TableTarget, prefix = ''): string => `${ident(t.in ?? 'main')}.${ident(`${prefix}${t.as ?? t.schema.name}`)}`;

/** Loads every target at once; on any failure nothing has changed. */
export async function replaceTables(connector: Connector, targets: readonly TableTarget[]): Promise<void> {
  const staged: TableTarget[] = [];
  try {
    for (const t of targets) {
      if (t.in && t.in !== 'main') await connector.query(`CREATE SCHEMA IF NOT EXISTS ${ident(t.in)}`);
      const file = `${t.schema.name}-${Date.now()}-${serial++}.csv`;
      const ref = await connector.registerText(file, t.text);
      try {
        await connector.query(createTableFromCsvSql(qualified(t, '__staging_'), t.schema, ref, t.text));
      } finally {
        await connector.dropText(file);
      }
      staged.push(t);
    }
    await connector.query('BEGIN TRANSACTION');
    for (const t of staged) {
      await connector.query(`DROP TABLE IF EXISTS ${qualified(t)}`);
      await connector.query(`ALTER TABLE ${qualified(t, '__staging_')} RENAME TO ${ident(t.as ?? t.schema.name)}`);
    }
    await connector.query('COMMIT');
  } catch (error) {
    await connector.query('ROLLBACK').catch(() => undefined);
    for (const t of staged) await connector.query(`DROP TABLE IF EXISTS ${qualified(t, '__staging_')}`).catch(() => undefined);
    throw error;
  }
}
