/**
 * Checking a whole table at once: every cell by its column's rule, required cells, one row per
 * key, and the header itself. Every problem is collected (not only the first); the table comes
 * out in the schema's column order (columns the file lacks are empty, extra columns kept as text).
 */
import type { TableSchema } from '../data/schema.ts';
import { readCell, stripBidi, trimCell, visibleControls } from './cells.ts';
import { LIMITS } from './limits.ts';
import { FileRefused, Findings, type Note, type NoteKind, type ProblemKind } from './problems.ts';
import { columnName } from './recognise.ts';
import { columnRule, requiredColumns, ruleForRow } from './table-rules.ts';

/** A table as canonical text cells (null = empty), in column order. */
export interface CellTable {
  columns: string[];
  rows: (string | null)[][];
  /** The spreadsheet row of each row (set when read from a file), for messages. */
  lines?: number[];
  /** Columns of the schema the file did not have (their cells are null). */
  absent?: string[];
}

/** How often a tolerated oddity occurred, with a few examples. */
export interface NoteCount {
  kind: NoteKind;
  count: number;
  examples: Note[];
}

/** The outcome of checking a table. */
export interface Validation {
  table: CellTable;
  problems: Findings<ProblemKind>;
  notes: NoteCount[];
}

/** A spreadsheet's column letter for a 0-based index (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const shown = (raw: string): string => visibleControls(raw.length > 200 ? `${raw.slice(0, 200)}…` : raw);

/**
 * Checks `records` (the data rows, cells as written) under `header` against the table. `headerRow`
 * is the spreadsheet row of the header, so problems name the rows a user sees. Throws `FileRefused`
 * for a table over the column or row limits.
 */
export function validateTable(schema: TableSchema, fileHeader: readonly string[], records: readonly string[][], headerRow = 1): Validation {
  const problems = new Findings<ProblemKind>();
  const notes = new NoteTally();
  const header = fileHeader.map(stripBidi);
  header.forEach((h, i) => { if (h !== fileHeader[i]) notes.add({ kind: 'bidi_control', row: headerRow, column: columnLetter(i), value: shown(h) }); });
  const names = header.map(columnName);
  if (names.length > LIMITS.columns) throw new FileRefused({ kind: 'too_many_columns', value: String(names.length), detail: String(LIMITS.columns) });
  if (records.length > LIMITS.rows) throw new FileRefused({ kind: 'too_many_rows', value: String(records.length), detail: String(LIMITS.rows) });

  // Where each column is in the file; unnamed columns are dropped when empty, a problem otherwise.
  const at = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') {
      if (records.some((r) => trimCell(r[i] ?? '') !== '')) problems.add({ kind: 'unnamed_column', row: headerRow, column: columnLetter(i) });
    } else if (at.has(name)) problems.add({ kind: 'duplicate_column', row: headerRow, column: header[i] ?? name });
    else at.set(name, i);
  });
  for (const c of requiredColumns(schema)) if (!at.has(c)) problems.add({ kind: 'missing_column', row: headerRow, column: c, detail: schema.name });
  const declared = Object.keys(schema.columns);
  const extras = [...at.keys()].filter((c) => !(c in schema.columns));
  const missingOptional = declared.filter((c) => !at.has(c) && !requiredColumns(schema).includes(c));
  if (extras.length > 0) notes.add({ kind: 'extra_column', value: extras.join(', ') });
  if (missingOptional.length > 0) notes.add({ kind: 'missing_optional', value: missingOptional.join(', ') });

  const columns = [...declared, ...extras];
  const rules = columns.map((c) => columnRule(schema, c));
  const required = new Set(requiredColumns(schema));
  const keyIdx = schema.key.map((k) => columns.indexOf(k));
  const seen = new Map<string, number>();
  const rows: (string | null)[][] = [];
  const lines: number[] = [];
  const width = header.length;

  records.forEach((record, r) => {
    const row = headerRow + 1 + r;
    if (record.every((cell) => trimCell(cell) === '')) return;
    if (record.slice(width).some((cell) => trimCell(cell) !== '')) problems.add({ kind: 'extra_cells', row, value: String(record.length), detail: String(width) });
    const out = columns.map((c, j) => {
      const i = at.get(c);
      if (i === undefined) return null;
      const written = record[i] ?? '';
      const raw = stripBidi(written);
      const label = header[i] ?? c;
      if (raw !== written) notes.add({ kind: 'bidi_control', row, column: label, value: shown(raw) });
      const rule = ruleForRow(schema, c, rules[j] ?? { kind: 'text' }, (other) => { const k = at.get(other); return k === undefined ? undefined : record[k]; });
      const cell = readCell(rule, raw);
      if (!cell.ok) {
        const { problem, ok: _, ...more } = cell;
        problems.add({ kind: problem, row, column: label, value: shown(raw), ...more });
        return null;
      }
      if (cell.value === null && required.has(c)) problems.add({ kind: 'required', row, column: label, value: '' });
      if (cell.note) notes.add({ kind: cell.note, row, column: label, value: shown(raw), detail: cell.detail });
      return cell.value;
    });
    if (keyIdx.length > 0 && keyIdx.every((k) => out[k] !== null)) {
      const key = keyIdx.map((k) => out[k]).join('\u0001');
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add({ kind: 'duplicate_key', row, column: schema.key.join(', '), value: keyIdx.map((k) => out[k]).join(', '), related: first });
      } else seen.set(key, row);
    }
    rows.push(out);
    lines.push(row);
  });
  if (rows.length === 0) problems.add({ kind: 'header_only', row: headerRow });
  return { table: { columns, rows, lines, absent: declared.filter((c) => !at.has(c)) }, problems, notes: notes.counts() };
}

/** Counts notes by kind, keeping the first few of each as examples. */
class NoteTally {
  private readonly byKind = new Map<NoteKind, NoteCount>();

  add(note: Note): void {
    const entry = this.byKind.get(note.kind) ?? { kind: note.kind, count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < 5) entry.examples.push(note);
    this.byKind.set(note.kind, entry);
  }

  counts(): NoteCount[] {
    return [...this.byKind.values()];
  }
}
