/** Pure derivations of the editions in the data view: each table's editions in order, what a change did, why one failed. */
import type { EditionsView } from '../../data/data-service.ts';
import { StorageError } from '../../data/editions/ports.ts';
import { currentEdition, editionsOf, type Change, type Edition } from '../../data/editions/editions.ts';
import type { TableSchema } from '../../data/schema.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { EDITIONS } from './edition-messages.ts';

type M = (typeof EDITIONS)['vi'];

/** A time of day and date in the language (`10:32 02/12/2026`, `02/12/2026, 10:32`). */
export const formatTime = (lang: Lang, iso: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

/** One table's editions, earliest first, with the current one marked. */
export interface TableEditionsRow {
  table: string;
  editions: { edition: Edition; current: boolean; chosen: boolean }[];
}

/** Every table that has an edition beside its bundled one (or all tables when `all`). */
export function editionRows(view: EditionsView, tables: readonly TableSchema[], all = false): TableEditionsRow[] {
  return tables.flatMap((t) => {
    const list = editionsOf(view.state, t.name, view.editions);
    if (!all && list.length < 2) return [];
    const current = currentEdition(view.state, t.name, view.editions);
    const pinned = view.state.tables[t.name]?.pinned ?? null;
    return [{ table: t.name, editions: list.map((e) => ({ edition: e, current: e.id === current?.id, chosen: e.id === pinned })) }];
  });
}

/** What a change did, in words (for "undo: …"). */
export function describeChange(m: M, lang: Lang, change: Change): string {
  const at = formatTime(lang, change.at);
  switch (change.kind) {
    case 'added': return m.lastAdded(change.fileName, change.table, at);
    case 'removed': return m.lastRemoved(change.fileName, change.table, at);
    case 'current': return m.lastCurrent(change.fileName, change.table, at);
    case 'restored': return m.lastRestored(at);
    case 'undone': return m.lastUndone(describeChange(m, lang, change.undid));
  }
}

/** Why a change failed, in words: the storage full, not kept, changed in another tab, or another error. */
export function failureText(m: M, lang: Lang, error: Error): string {
  if (error instanceof StorageError) {
    if (error.reason === 'quota') return m.failedQuota;
    if (error.reason === 'stale') return m.failedStale(error.current?.last ? describeChange(m, lang, error.current.last) : '');
    if (error.reason === 'not_kept') return m.failedNotKept;
  }
  return m.failedOther(error.message);
}
