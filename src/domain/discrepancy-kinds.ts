/**
 * The kinds of discrepancy (discrepancies.csv `kind`): where a source disagrees with itself
 * (a stated count against its list, a repeated name, a group count, a summary against its rows),
 * leaves a gap (no list, no count, a province never named, a deadline no rule reads), or where
 * two sources disagree or one fills the other's gap.
 */
export const DISCREPANCY_KINDS = [
  'stated_vs_listed', 'repeated_name', 'no_list', 'no_stated_count', 'no_replication_figure', 'never_named', 'group_count',
  'merged_cell', 'summary_vs_rows', 'cross_source_count', 'cross_source_status', 'cross_source_gap', 'unparsed_deadline',
] as const;

/** One kind of discrepancy. */
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];
