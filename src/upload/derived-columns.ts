/**
 * Columns a file may leave out because they are read from another of its columns: a province
 * tracking sheet's `deadline_date` and `deadline_kind` come from its `deadline` phrase, read by the
 * parser the pipeline uses. So a sheet that words its deadlines only as phrases still gets dates,
 * and its late models move with it; a phrase no rule reads is kept as written and noted.
 */
import type { TableSchema } from '../data/schema.ts';
import { parseDeadline } from '../domain/deadline.ts';
import type { NoteCount, CellTable } from './validate.ts';

/** The columns of a province tracking sheet read from its `deadline` phrase when the file lacks them. */
export const DEADLINE_COLUMNS = ['deadline_date', 'deadline_kind'] as const;

const EXAMPLES = 5;

/**
 * Fills the deadline columns a province tracking sheet lacks from its `deadline` phrases (when it
 * has them), and says what it did: `missing_optional` no longer names them, `deadline_read` says they
 * were read, `deadline_unparsed` counts the phrases that gave no date.
 */
export function withDerivedColumns(schema: TableSchema, table: CellTable, notes: readonly NoteCount[]): { table: CellTable; notes: NoteCount[] } {
  const absent = new Set(table.absent ?? []);
  const filled: string[] = schema.name === 'province_models' && !absent.has('deadline') && table.columns.includes('deadline')
    ? DEADLINE_COLUMNS.filter((c) => absent.has(c) && table.columns.includes(c)) : [];
  if (filled.length === 0) return { table, notes: [...notes] };

  const at = (c: string): number => table.columns.indexOf(c);
  const from = at('deadline');
  const unparsed: string[] = [];
  const rows = table.rows.map((row) => {
    const deadline = parseDeadline(row[from]);
    if (deadline?.kind === 'unparsed') unparsed.push(deadline.phrase);
    const out = [...row];
    if (filled.includes('deadline_date')) out[at('deadline_date')] = deadline?.date ?? null;
    if (filled.includes('deadline_kind')) out[at('deadline_kind')] = deadline?.kind ?? null;
    return out;
  });
  const stillAbsent = [...absent].filter((c) => !filled.includes(c));
  const kept = notes.flatMap((n): NoteCount[] => {
    if (n.kind !== 'missing_optional') return [n];
    const left = (n.examples[0]?.value ?? '').split(', ').filter((c) => c !== '' && !filled.includes(c));
    return left.length === 0 ? [] : [{ ...n, examples: [{ kind: n.kind, value: left.join(', ') }] }];
  });
  const added: NoteCount[] = [{ kind: 'deadline_read', count: rows.length, examples: [{ kind: 'deadline_read', value: filled.join(', ') }] }];
  if (unparsed.length > 0) {
    added.push({ kind: 'deadline_unparsed', count: unparsed.length, examples: [...new Set(unparsed)].slice(0, EXAMPLES).map((value) => ({ kind: 'deadline_unparsed', column: 'deadline', value })) });
  }
  return { table: { columns: table.columns, rows, absent: stillAbsent }, notes: [...kept, ...added] };
}
