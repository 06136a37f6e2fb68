/**
 * Editions of the data: each load of a table is an edition, with its file, when it was applied and
 * its as-of date. The bundled edition of every table stays; uploads add editions beside it. What
 * the views show of a table is its current edition: the one staff chose, else the latest by as-of
 * date (then by when it was applied). Pure: no storage, no engine.
 */

/** One edition of a table. */
export interface Edition {
  id: string;
  table: string;
  origin: 'bundled' | 'upload';
  /** The file it came from (`coverage.csv` for the bundled table). */
  fileName: string;
  /** When it was applied in this browser (ISO time); null for the bundled edition. */
  appliedAt: string | null;
  /** SHA-256 of the file as uploaded (hex); null for the bundled edition. */
  sha256: string | null;
  /** The date its figures are as of (ISO date), null when the table has none (reference tables). */
  asOf: string | null;
  /** Where the as-of date came from: the file's `as_of` column, the person who uploaded it, the sources its rows cite. */
  asOfFrom: 'column' | 'asked' | 'sources' | 'none';
  rows: number | null;
}

/** The editions a table has beside its bundled one, and the one staff chose as current (null: the latest). */
export interface TableEditions {
  uploads: readonly string[];
  pinned: string | null;
}

/** What a change did, so that "undo" can say what it will undo. */
export type Change =
  | { kind: 'added'; table: string; edition: string; fileName: string; at: string }
  | { kind: 'removed'; table: string; edition: string; fileName: string; at: string }
  | { kind: 'current'; table: string; edition: string; fileName: string; at: string }
  | { kind: 'restored'; at: string }
  | { kind: 'undone'; undid: Exclude<Change, { kind: 'undone' }>; at: string };

/** Every table's editions, the last change, and the state before it (for undo). */
export interface EditionsState {
  /** Counts changes, so a change made in another tab is noticed. */
  revision: number;
  tables: Readonly<Record<string, TableEditions>>;
  last: Change | null;
  previous: { tables: Readonly<Record<string, TableEditions>>; last: Change | null } | null;
}

/** Nothing uploaded: every table is its bundled edition. */
export const NO_EDITIONS: EditionsState = { revision: 0, tables: {}, last: null, previous: null };

/** The id of a table's bundled edition. */
export const bundledId = (table: string): string => `bundled:${table}`;

/** A new upload's id: table, time applied, start of the file's hash. */
export const uploadId = (table: string, appliedAt: string, sha256: string): string => `upload:${table}:${appliedAt}:${sha256.slice(0, 12)}`;

/** Orders editions from the earliest to the latest: by as-of date (none first), then by when applied (bundled first). */
export function byAsOf(a: Edition, b: Edition): number {
  return (a.asOf ?? '').localeCompare(b.asOf ?? '') || (a.appliedAt ?? '').localeCompare(b.appliedAt ?? '');
}

/** A table's editions, earliest first: its bundled one and its uploads (those whose description is known). */
export function editionsOf(state: EditionsState, table: string, known: ReadonlyMap<string, Edition>): Edition[] {
  const ids = [bundledId(table), ...(state.tables[table]?.uploads ?? [])];
  return ids.flatMap((id) => { const e = known.get(id); return e ? [e] : []; }).sort(byAsOf);
}

/** The edition views show: the one chosen, else the latest. */
export function currentEdition(state: EditionsState, table: string, known: ReadonlyMap<string, Edition>): Edition | undefined {
  const list = editionsOf(state, table, known);
  const pinned = state.tables[table]?.pinned;
  return list.find((e) => e.id === pinned) ?? list[list.length - 1];
}

/**
 * The edition before the current one, by as-of date: the latest whose as-of date is earlier than the
 * current edition's (the wall's "since the last report"); undefined when there is none.
 */
export function previousEdition(state: EditionsState, table: string, known: ReadonlyMap<string, Edition>): Edition | undefined {
  const current = currentEdition(state, table, known);
  if (!current?.asOf) return undefined;
  return editionsOf(state, table, known).filter((e) => e.asOf !== null && e.asOf < (current.asOf ?? '')).at(-1);
}

/**
 * The edition of a table as of `date`: the latest whose as-of date is on or before it (an edition
 * without a date counts as the earliest); the earliest edition when every one is later.
 */
export function editionAsOf(state: EditionsState, table: string, known: ReadonlyMap<string, Edition>, date: string): Edition | undefined {
  const list = editionsOf(state, table, known);
  const before = list.filter((e) => (e.asOf ?? '') <= date);
  return before[before.length - 1] ?? list[0];
}

/** Whether the state holds any upload at all. */
export const hasUploads = (state: EditionsState): boolean => Object.values(state.tables).some((t) => t.uploads.length > 0);

/** Every edition id the state (or the state before its last change) refers to. */
export function referenced(state: EditionsState): Set<string> {
  const ids = new Set<string>();
  for (const tables of [state.tables, state.previous?.tables ?? {}]) for (const t of Object.values(tables)) for (const id of t.uploads) ids.add(id);
  return ids;
}

const step = (state: EditionsState, tables: Readonly<Record<string, TableEditions>>, last: Change): EditionsState =>
  ({ revision: state.revision + 1, tables, last, previous: { tables: state.tables, last: state.last } });

/**
 * Adds an uploaded edition. `current`: `latest` lets the latest edition be current again (the new one,
 * when it is the latest), `this` makes the new one current whatever its date, `unchanged` keeps the
 * current edition as it is (an earlier edition added for comparison).
 */
export function addEdition(state: EditionsState, e: Edition, current: 'latest' | 'this' | 'unchanged', at: string): EditionsState {
  const t = state.tables[e.table] ?? { uploads: [], pinned: null };
  const pinned = current === 'latest' ? null : current === 'this' ? e.id : t.pinned;
  const next: TableEditions = { uploads: [...t.uploads.filter((id) => id !== e.id), e.id], pinned };
  return step(state, { ...state.tables, [e.table]: next }, { kind: 'added', table: e.table, edition: e.id, fileName: e.fileName, at });
}

/** Removes an uploaded edition (the bundled one cannot be removed); a removed current edition gives way to the latest. */
export function removeEdition(state: EditionsState, e: Edition, at: string): EditionsState {
  const t = state.tables[e.table];
  if (!t || e.origin === 'bundled') return state;
  const next: TableEditions = { uploads: t.uploads.filter((id) => id !== e.id), pinned: t.pinned === e.id ? null : t.pinned };
  return step(state, { ...state.tables, [e.table]: next }, { kind: 'removed', table: e.table, edition: e.id, fileName: e.fileName, at });
}

/** Makes an edition the current one of its table (choosing the latest again unpins). */
export function chooseEdition(state: EditionsState, e: Edition, latest: boolean, at: string): EditionsState {
  const t = state.tables[e.table] ?? { uploads: [], pinned: null };
  const next: TableEditions = { uploads: t.uploads, pinned: latest ? null : e.id };
  return step(state, { ...state.tables, [e.table]: next }, { kind: 'current', table: e.table, edition: e.id, fileName: e.fileName, at });
}

/** Every table back to its bundled edition; the uploads are forgotten (undo brings them back). */
export function restoreBundled(state: EditionsState, at: string): EditionsState {
  return step(state, {}, { kind: 'restored', at });
}

/** Goes back to the state before the last change, or null when there is nothing to undo. */
export function undo(state: EditionsState, at: string): EditionsState | null {
  if (!state.previous || !state.last || state.last.kind === 'undone') return null;
  return { revision: state.revision + 1, tables: state.previous.tables, last: { kind: 'undone', undid: state.last, at }, previous: null };
}

/** The tables whose current edition differs between two states. */
export function changedTables(a: EditionsState, b: EditionsState, tables: readonly string[], known: ReadonlyMap<string, Edition>): string[] {
  return tables.filter((t) => currentEdition(a, t, known)?.id !== currentEdition(b, t, known)?.id);
}
