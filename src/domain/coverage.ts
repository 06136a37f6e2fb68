/**
 * The statuses of a coverage cell and the bases each may rest on (datasets.md): deployed on a
 * listing, a mention in the text or a report of all provinces; not deployed on a complete list that
 * does not name the province; unknown on no list or an incomplete one; `upload` fits every status.
 */

/** The bases each status may rest on; `upload` (an uploaded file says so) fits every status. */
export const BASES_OF: Readonly<Record<string, readonly string[]>> = {
  deployed: ['listed', 'text', 'all_provinces', 'upload'],
  not_deployed: ['not_listed', 'upload'],
  unknown: ['no_list', 'list_incomplete', 'upload'],
};

/** Every basis a coverage row may have. */
export const COVERAGE_BASES = ['listed', 'text', 'all_provinces', 'not_listed', 'no_list', 'list_incomplete', 'upload'] as const;

/** One basis of a coverage row. */
export type CoverageBasis = (typeof COVERAGE_BASES)[number];
