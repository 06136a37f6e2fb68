/** The data view's questions (row counts, columns, sources cited, whole tables) in DuckDB on data/, against Arquero's reading of each CSV. */
import { describe, expect, it } from 'vitest';
import {
  tableColumnsSql, tableCountsSql, tableSourcesSql, wholeTableSql,
  type TableColumnRow, type TableCountRow, type TableSourceRow,
} from '../../../../src/data/queries/data-catalogue.ts';
import { TABLES, TABLE_BY_NAME, type TableSchema } from '../../../../src/data/schema.ts';
import { MODELS, PROVINCE_COUNT } from '../../../../src/domain/rollout.ts';
import { appDbForFile, loadTable } from '../../helpers.ts';

type Csv = Record<string, string | null>;
const table = (name: string): TableSchema => TABLE_BY_NAME.get(name)!;
const csv = new Map(TABLES.map((t) => [t.name, loadTable(t.file)]));
const headerOf = (name: string): string[] => csv.get(name)!.columnNames();
const rowsOf = (name: string): Csv[] => csv.get(name)!.objects() as Csv[];
/** The tables in the order DuckDB sorts their names. */
const SORTED = [...TABLES].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const db = appDbForFile();

describe('tableCountsSql', () => {
  it("counts every table's rows as its CSV has them", async () => {
    const rows = await db.all<TableCountRow>(tableCountsSql(TABLES));
    expect(new Map(rows.map((r) => [r.name, r.rows]))).toEqual(new Map(TABLES.map((t) => [t.name, csv.get(t.name)!.numRows()])));
  });

  it('counts only the tables asked for: 2,772 coverage rows and 63 provinces', async () => {
    const rows = await db.all<TableCountRow>(tableCountsSql([table('coverage'), table('provinces')]));
    expect(new Map(rows.map((r) => [r.name, r.rows]))).toEqual(new Map([['coverage', MODELS * PROVINCE_COUNT], ['provinces', PROVINCE_COUNT]]));
  });
});

describe('tableColumnsSql', () => {
  it("gives each table's columns in its CSV's order, typed as the schema declares (other columns as text)", async () => {
    const rows = await db.all<TableColumnRow>(tableColumnsSql(TABLES));
    const expected = SORTED.flatMap((t) => headerOf(t.name).map((column, i) => ({
      table: t.name, column, type: t.columns[column] ?? 'VARCHAR', position: i + 1,
    })));
    expect(rows).toEqual(expected);
  });

  it('gives the columns of the tables asked for only', async () => {
    const rows = await db.all<TableColumnRow>(tableColumnsSql([table('coverage')]));
    expect(rows.map((r) => r.column)).toEqual(['model_no', 'province_code', 'status', 'basis', 'named_as', 'source', 'as_of']);
    expect(rows.map((r) => r.type)).toEqual(['INTEGER', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR', 'VARCHAR']);
  });
});

describe('tableSourcesSql', () => {
  /** Source / as-of pairs of a CSV's rows, with how many rows cite each. */
  const citedIn = (name: string): TableSourceRow[] => {
    const n = new Map<string, TableSourceRow>();
    for (const r of rowsOf(name)) {
      const key = `${r.source}|${r.as_of}`;
      const c = n.get(key) ?? { table: name, source: r.source ?? null, asOf: r.as_of ?? null, rows: 0 };
      c.rows += 1;
      n.set(key, c);
    }
    return [...n.values()].sort((a, b) => (`${a.source}|${a.asOf}` < `${b.source}|${b.asOf}` ? -1 : 1));
  };
  const withSource = SORTED.filter((t) => headerOf(t.name).includes('source'));

  it("gives, table by table, the source / as-of pairs the CSV's rows cite and how many cite each", async () => {
    const sql = tableSourcesSql(TABLES);
    expect(sql).not.toBeNull();
    expect(await db.all<TableSourceRow>(sql!)).toEqual(withSource.flatMap((t) => citedIn(t.name)));
  });

  it('leaves the as-of date empty for tables without one, and leaves out tables without a source column', async () => {
    const rows = await db.all<TableSourceRow>(tableSourcesSql(TABLES)!);
    const tables = new Set(rows.map((r) => r.table));
    for (const name of ['provinces', 'province_aliases', 'units_2025']) expect(tables.has(name), name).toBe(false);
    for (const name of ['difficulties', 'discrepancies', 'hanoi_models', 'model_groups']) {
      expect(rows.filter((r) => r.table === name).every((r) => r.asOf === null), name).toBe(true);
    }
    expect(rows.filter((r) => r.table === 'coverage')).toEqual([{ table: 'coverage', source: '000_7f29e68dedb715cb.txt', asOf: '2024-06-19', rows: MODELS * PROVINCE_COUNT }]);
  });

  it('is no query at all when no table asked for has a source column', () => {
    expect(tableSourcesSql([table('provinces'), table('units_2025')])).toBeNull();
    expect(tableSourcesSql([])).toBeNull();
  });
});

describe('wholeTableSql', () => {
  /** A row as text, the way the CSV spells it (null stays null), in a sortable form. */
  const asText = (row: Record<string, unknown>): string => JSON.stringify(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)]));

  it.each(TABLES.map((t) => t.name))('gives every row and column of %s as its CSV has them', async (name) => {
    const rows = await db.all<Record<string, unknown>>(wholeTableSql(table(name)));
    expect(rows).toHaveLength(csv.get(name)!.numRows());
    expect(Object.keys(rows[0] ?? {})).toEqual(headerOf(name));
    expect(rows.map(asText).sort()).toEqual(rowsOf(name).map(asText).sort());
  });
});
