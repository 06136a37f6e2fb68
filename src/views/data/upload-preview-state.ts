/** Pure derivations of the upload preview. */
import type { TableDiff } from '../../upload/diff.ts';

/** What a file would take away from its table, when it takes most of it: rows removed, rows there now, rows left. */
export interface MassRemoval {
  removed: number;
  before: number;
  after: number;
}

/**
 * Whether applying would remove more than half of the table's rows (a coverage file keeping 63 of
 * 2,772, a sheet cut short): such a change must be confirmed before it can be applied.
 */
export function massRemoval(diff: TableDiff): MassRemoval | null {
  const before = diff.removed + diff.changed + diff.unchanged;
  if (before === 0 || diff.removed * 2 <= before) return null;
  return { removed: diff.removed, before, after: before - diff.removed + diff.added };
}
