/**
 * The comparison a link asks for (`?compare=<as-of date of an earlier edition>`) and the changed
 * rows against it. The question is asked in the earlier edition's context; see queries/changes.ts.
 */
import { coverageChangesSql, type ChangeFilter, type ChangeRow } from '../data/queries/changes.ts';
import { asOfContext } from '../data/editions/edition-sql.ts';
import { useMemo } from 'react';
import { useQuery, type QueryState } from '../data/use-query.ts';
import { countsBy, type ChangeCounts } from './compare-state.ts';
import { useLocation } from '../state/url-state.ts';

/** A comparison: the earlier edition's as-of date and its query context. */
export interface Comparison {
  date: string;
  context: string;
}

/** The comparison of the URL, or null (none asked, or not a date: `invalid` then holds what was given). */
export function useComparison(): { comparison: Comparison | null; invalid: string | null } {
  const given = useLocation().location.params.compare;
  if (!given) return { comparison: null, invalid: null };
  const context = asOfContext(given);
  return context ? { comparison: { date: given, context }, invalid: null } : { comparison: null, invalid: given };
}

/** The changed rows against a comparison (`null` comparison: none asked, and nothing asked of the engine). */
export function useChanges(comparison: Comparison | null, filter: ChangeFilter = {}): QueryState<ChangeRow> | null {
  const state = useQuery<ChangeRow>(comparison ? coverageChangesSql(filter) : null, comparison ? { context: comparison.context } : {});
  return comparison ? state : null;
}

/** With `?compare=`: how many rows changed each way for every model or every province (a list's column); null without. */
export function useListChanges<K extends 'modelNo' | 'provinceCode'>(by: K): ReadonlyMap<ChangeRow[K], ChangeCounts> | null {
  const { comparison } = useComparison();
  const state = useChanges(comparison);
  return useMemo(() => (state?.status === 'ready' ? countsBy(state.rows, (r) => r[by]) : null), [state, by]);
}
