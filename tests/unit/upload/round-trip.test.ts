/**
 * Export after import round-trips: a table loaded into DuckDB (as an upload is), downloaded as the
 * data view does (Excel-ready CSV: BOM, formula guard) and uploaded again is the same table. Property
 * based, over Vietnamese text with quotes, commas, semicolons, tabs, newlines, leading = + - @ | and
 * their full-width forms (after spaces, too), and apostrophes of the user's own.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import * as aq from 'arquero';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableFromCsvSql } from '../../../src/data/load-sql.ts';
import { TABLE_BY_NAME } from '../../../src/data/schema.ts';
import { toExcelCsv } from '../../../src/lib/csv-export.ts';
import { toLoadCsv } from '../../../src/upload/load-csv.ts';
import { readUpload } from '../../../src/upload/read-upload.ts';
import type { CellTable } from '../../../src/upload/validate.ts';

const schema = TABLE_BY_NAME.get('difficulties')!;
const COLUMNS = Object.keys(schema.columns);
const CATEGORIES = ['legal', 'finance', 'infrastructure', 'data', 'security', 'people', 'citizens', 'coordination', 'guidance', 'other'];

// Pieces a hostile or unlucky cell is made of: Vietnamese letters (precomposed and decomposed), CSV
// syntax, line ends, formula starters, markup.
const PIECES = ['a', 'Đ', 'ư', 'ờ', 'ệ', 'Thừa Thiên Huế', 'e\u0301', ' ', ',', ';', '\t', '"', '""', "'", "''", '\n', '\r\n', '\r', '=', '+', '-', '@', '=HYPERLINK("x")', '<script>', '1', '0.5', '\u00a0',
  '＝', '＋', '－', '＠', '|', '｜', '\u200b', '%'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join('').normalize('NFC'))
  .filter((s) => s.replace(/[\s\u00a0\u200b]/g, '') !== '');  // a cell of spaces only is empty, by the reader's rule
const row = fc.record({
  difficulty_id: text,
  model_no: fc.integer({ min: 1, max: 44 }),
  province_code: fc.option(fc.constantFrom('VN-31', 'VN-HN', 'VN-SG', 'VN-26'), { nil: null }),
  category: fc.constantFrom(...CATEGORIES),
  text,
  source: fc.option(text, { nil: null }),
});
const tables = fc.uniqueArray(row, { minLength: 1, maxLength: 25, selector: (r) => `${r.difficulty_id}\u0001${r.category}` });

let conn: DuckDBConnection;
beforeAll(async () => { conn = await (await DuckDBInstance.create(':memory:')).connect(); });

/** Loads a load CSV with the statement db.ts stages a table with, and reads every row back as plain values. */
async function throughDuckDb(csv: string): Promise<Record<string, unknown>[]> {
  const path = resolve(tmpdir(), `round-trip-${process.pid}.csv`);
  writeFileSync(path, csv);
  await conn.run(createTableFromCsvSql('t', schema, path, csv));
  const reader = await conn.runAndReadAll('SELECT * FROM t');
  return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

const asCells = (rows: readonly Record<string, unknown>[]): CellTable => ({
  columns: COLUMNS, rows: rows.map((r) => COLUMNS.map((c) => (r[c] === null || r[c] === undefined ? null : String(r[c])))),
});

describe('download → upload gives the same table', () => {
  it('for any table of Vietnamese text, quotes, separators, newlines and formula starters', async () => {
    await fc.assert(fc.asyncProperty(tables, async (rows) => {
      const original = asCells(rows);
      const loaded = await throughDuckDb(toLoadCsv(original));
      expect(asCells(loaded)).toEqual(original);
      const download = toExcelCsv(COLUMNS, loaded);
      // Read by Arquero, no downloaded cell starts like a formula.
      const cells = aq.fromCSV(download.slice(1), { parse: Object.fromEntries(COLUMNS.map((c) => [c, (v: string) => v])) }).objects()
        .flatMap((r) => Object.values(r as Record<string, unknown>));
      expect(cells.filter((v) => typeof v === 'string' && /^([\t\r\n]|[\s\u00a0\u200b]*[=+\-@|＝＋－＠｜])/.test(v))).toEqual([]);
      const read = await readUpload('download.csv', new TextEncoder().encode(download));
      expect(read.problems).toEqual([]);
      expect(read.tableName).toBe('difficulties');
      expect({ columns: read.table?.columns, rows: read.table?.rows }).toEqual(original);
    }), { numRuns: 150 });
  });

  it('keeps a cell that starts with an apostrophe and a formula sign apart from the guard', async () => {
    const rows: Record<string, unknown>[] = [{ difficulty_id: "'=1", model_no: 1, province_code: null, category: 'data', text: "''+x", source: '-' }];
    const read = await readUpload('d.csv', new TextEncoder().encode(toExcelCsv(COLUMNS, rows)));
    const original = asCells(rows);
    expect({ columns: read.table?.columns, rows: read.table?.rows }).toEqual(original);
  });
});
