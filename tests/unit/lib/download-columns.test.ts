/**
 * The column catalogue of the downloads: every column labelled in both languages, every code of the
 * committed tables shown as a label, and every download with a table's shape loading back into the
 * Data view as that table (read by the upload path itself).
 */
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../src/data/schema.ts';
import { column, downloadOf, tableDownload, type ColumnId } from '../../../src/lib/download-columns.ts';
import { DOWNLOAD } from '../../../src/lib/download-messages.ts';
import { downloadCsv, type DownloadRow, type DownloadTable } from '../../../src/lib/download-table.ts';
import { readUpload } from '../../../src/upload/read-upload.ts';
import { MODEL_LIST_DOWNLOAD, COVERAGE_DOWNLOAD } from '../../../src/views/model/model-downloads.ts';
import { INDICATORS_DOWNLOAD, MODEL_COUNTS_DOWNLOAD, PROVINCE_COUNTS_DOWNLOAD } from '../../../src/views/overview/overview-downloads.ts';
import { PROVINCE_LIST_DOWNLOAD } from '../../../src/views/province/province-downloads.ts';
import { hanoiDownload, MODEL_DOWNLOAD, REPORT_DOWNLOAD } from '../../../src/state/province-state.ts';
import { QUALITY_DOWNLOAD } from '../../../src/views/quality/quality-state.ts';
import { SENTENCE_DOWNLOAD } from '../../../src/views/difficulties/difficulties-state.ts';
import { loadTable } from '../helpers.ts';

const IDS = Object.keys(DOWNLOAD.vi.columns) as ColumnId[];
const distinct = (file: string, col: string): string[] =>
  [...new Set((loadTable(file).array(col) as (string | null)[]).filter((v): v is string => Boolean(v)))].sort();

describe('the column catalogue', () => {
  it('labels every column in both languages', () => {
    for (const id of IDS) {
      const c = column(id);
      expect(c.label.vi.trim(), id).not.toBe('');
      expect(c.label.en.trim(), id).not.toBe('');
      expect(c.label.vi.normalize('NFC'), id).toBe(c.label.vi);
    }
  });

  // Each code column against the codes the committed tables hold: every code gets a label of its own in each language.
  it.each([
    ['status', 'coverage.csv', 'status'], ['basis', 'coverage.csv', 'basis'], ['category', 'difficulties.csv', 'category'],
    ['report_status', 'province_models.csv', 'status'], ['discrepancy_kind', 'discrepancies.csv', 'kind'], ['region', 'provinces.csv', 'region'],
    ['province_kind', 'provinces.csv', 'kind'], ['track', 'hanoi_models.csv', 'track'], ['match_basis', 'hanoi_models.csv', 'match_basis'],
    ['funding_kind', 'models.csv', 'funding_kind'], ['theme', 'indicators.csv', 'theme'],
  ] as const)('shows every %s of %s as a label', (id, file, col) => {
    const c = column(id);
    const codes = distinct(file, col);
    expect(codes.length).toBeGreaterThan(1);
    for (const lang of ['vi', 'en'] as const) {
      const labels = codes.map((v) => c.show?.(v, lang) ?? v);
      expect(labels.filter((l, i) => l === codes[i] || l.trim() === ''), `${id} ${lang}`).toEqual([]);
      expect(new Set(labels).size, `${id} ${lang}: two codes, one label`).toBe(codes.length);
    }
  });

  it('shows joined causes one by one', () => {
    expect(column('categories').show?.('legal; data', 'en')).toBe('Legal basis; Data');
  });

  it.each(TABLES.map((s) => [s.name, s] as const))('labels every column of %s in the Data view’s download', (_, schema) => {
    const names = Object.keys(schema.columns);
    const table = tableDownload(schema, [...names, 'extra_column']);
    expect(table.columns.map((c) => c.key)).toEqual([...names, 'extra_column']);
    for (const c of table.columns.slice(0, -1)) expect(c.label.en, `${schema.name}.${c.key}`).not.toBe(c.key);
    expect(table.columns.at(-1)).toEqual({ key: 'extra_column', label: { vi: 'extra_column', en: 'extra_column' }, type: 'text' });
  });

  it('reads a code column of a table by what it means there', () => {
    const kind = (name: string) => tableDownload(TABLES.find((s) => s.name === name), ['kind']).columns[0]?.show?.('city', 'en');
    expect(kind('provinces')).toBe('Centrally-run city');
    expect(tableDownload(TABLES.find((s) => s.name === 'discrepancies'), ['kind']).columns[0]?.show?.('repeated_name', 'en')).toBe('Name repeated in the list');
  });
});

/** Rows for a download from a committed table: its own cells where the download has its columns, a plain value of the right type elsewhere. */
function rowsFrom(table: DownloadTable, file: string, keep: (r: Record<string, string | null>) => boolean = () => true): DownloadRow[] {
  const filler = { text: 'x', integer: 1, number: 1.5, date: '2024-06-19', boolean: true } as const;
  const source = (loadTable(file).objects() as Record<string, string | null>[]).filter(keep);
  return source.map((r) => Object.fromEntries(table.columns.map((c) => [c.key, c.key in r ? r[c.key] : filler[c.type]])));
}

describe('a download with a table’s shape loads back into the Data view as that table', () => {
  it.each([
    ["a model's map", COVERAGE_DOWNLOAD, 'coverage.csv', 'coverage', (r: Record<string, string | null>) => r.model_no === '13'],
    ["a province's 44 models", MODEL_DOWNLOAD, 'coverage.csv', 'coverage', (r: Record<string, string | null>) => r.province_code === 'VN-31'],
    ['the model list', MODEL_LIST_DOWNLOAD, 'models.csv', 'models', undefined],
    ["the overview's coverage by model", MODEL_COUNTS_DOWNLOAD, 'models.csv', 'models', undefined],
    ['the province list', PROVINCE_LIST_DOWNLOAD, 'provinces.csv', 'provinces', undefined],
    ['the national indicators', INDICATORS_DOWNLOAD, 'indicators.csv', 'indicators', undefined],
    ['the discrepancies', QUALITY_DOWNLOAD, 'discrepancies.csv', 'discrepancies', undefined],
    ["Bình Định's own report", REPORT_DOWNLOAD, 'province_models.csv', 'province_models', undefined],
    ["Hà Nội's models as Bình Định registers them", hanoiDownload('registration'), 'hanoi_models.csv', 'hanoi_models', undefined],
  ] as const)('%s', async (_, table, file, name, keep) => {
    const rows = rowsFrom(table, file, keep);
    const read = await readUpload(`download-${name}.csv`, new TextEncoder().encode(downloadCsv(table, rows)));
    expect(read.problems).toEqual([]);
    expect(read.tableName).toBe(name);
    expect(read.table?.rows).toHaveLength(rows.length);
  });

  it('every table of the Data view, whole', async () => {
    for (const schema of TABLES) {
      const columns = Object.keys(schema.columns);
      const table = tableDownload(schema, columns);
      const read = await readUpload(schema.file, new TextEncoder().encode(downloadCsv(table, rowsFrom(table, schema.file))));
      expect(read.problems, schema.name).toEqual([]);
      expect(read.tableName).toBe(schema.name);
    }
  });

  it('downloads made of derived figures have no table’s shape, and say so', async () => {
    for (const table of [PROVINCE_COUNTS_DOWNLOAD, SENTENCE_DOWNLOAD, downloadOf('file', 'row', 'column', 'cell_value', 'problem')]) {
      const read = await readUpload('derived.csv', new TextEncoder().encode(downloadCsv(table, [])));
      expect(read.tableName ?? null).toBeNull();
    }
  });
});
