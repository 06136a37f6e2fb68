import { describe, expect, it } from 'vitest';
import type { TableDiff } from '../../../src/upload/diff.ts';
import { massRemoval } from '../../../src/views/data/upload-preview-state.ts';

const diff = (d: Partial<TableDiff>): TableDiff => ({ added: 0, removed: 0, changed: 0, unchanged: 0, samples: [], statusChanges: [], ...d });

describe('a change that takes most of a table must be confirmed (issue 16.6)', () => {
  it('a coverage file keeping 63 of the 2,772 rows', () => {
    expect(massRemoval(diff({ removed: 2709, unchanged: 63 }))).toEqual({ removed: 2709, before: 2772, after: 63 });
  });
  it('half or less is an ordinary change', () => {
    expect(massRemoval(diff({ removed: 1386, unchanged: 1386 }))).toBeNull();
    expect(massRemoval(diff({ removed: 5, changed: 3, unchanged: 2764 }))).toBeNull();
    expect(massRemoval(diff({ added: 10 }))).toBeNull();
  });
  it('rows added in their place count in what is left', () => {
    expect(massRemoval(diff({ removed: 40, added: 30, unchanged: 2 }))).toEqual({ removed: 40, before: 42, after: 32 });
  });
});
