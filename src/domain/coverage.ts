/**
 * The statuses of a coverage cell and the bases each may rest on (datasets.md): deployed on a
 * listing, a mention in the text or a report of all provinces; not deployed on a complete list that
 * does not name the province; unknown on no list or an incomplete one; `upload` fits every status.
 */

/** The statuses of a coverage cell, in legend order. */
export const COVERAGE_STATUSES = ['deployed', 'not_deployed', 'unknown'] as const;

/** One status of a coverage cell. */
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** Whether a text is one of the statuses. */
export const isCoverageStatus = (status: string): status is CoverageStatus => (COVERAGE_STATUSES as readonly string[]).includes(status);

/**
 * A status as the maps, legends and labels show it: any text that is not one of the statuses reads
 * as `unknown` (the loaders refuse such a file, so this only guards against a future table).
 */
export const shownStatus = (status: string): CoverageStatus => (isCoverageStatus(status) ? status : 'unknown');

/** Rows per status, as they are shown (shownStatus); zero for a status no row has. */
export function countByStatus(rows: readonly { status: string }[]): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = { deployed: 0, not_deployed: 0, unknown: 0 };
  for (const r of rows) counts[shownStatus(r.status)] += 1;
  return counts;
}

/** The bases each status may rest on; `upload` (an uploaded file says so) fits every status. */
export const BASES_OF: Readonly<Record<CoverageStatus, readonly CoverageBasis[]>> = {
  deployed: ['listed', 'text', 'all_provinces', 'upload'],
  not_deployed: ['not_listed', 'upload'],
  unknown: ['no_list', 'list_incomplete', 'upload'],
};

/** Every basis a coverage row may have. */
export const COVERAGE_BASES = ['listed', 'text', 'all_provinces', 'not_listed', 'no_list', 'list_incomplete', 'upload'] as const;

/** One basis of a coverage row. */
export type CoverageBasis = (typeof COVERAGE_BASES)[number];

/** The bases a status written in a file may rest on: none for text that is not a status. */
export const basesOf = (status: string): readonly CoverageBasis[] => (isCoverageStatus(status) ? BASES_OF[status] : []);
